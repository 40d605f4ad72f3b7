package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone stands behind a neighbour at the buurthuis kiosk and sees her tap. Afterwards he watches everything the
 * node publishes (SPARQL, the poll's page, what the kiosks are sent) to find out what she chose. Nothing changes until
 * the day is over, and what appears then does not give her away.
 */
@Tag("slow")
class BuurmanRekentGeenAntwoordTerugTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEILING = Bankjespeiling.ID;
    private static final int DREMPEL = 5;

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale =
            new DraaiendeCentrale(b -> b.clock(klok).privacyThreshold(DREMPEL).publicatieperiode(Duration.ofDays(1)));

    private final HttpClient http = HttpClient.newHttpClient();
    private TestKiosk buurthuisA;
    private TestKiosk buurthuisB;

    @BeforeEach
    void aPollRunsAtTwoKiosksOfTheWijk() throws Exception {
        Bankjespeiling.publiceer(new Beheer(centrale.url(), centrale.data()), DemoContent.WIJK_DIEZERPOORT);
        buurthuisA =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        buurthuisB =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
    }

    @Test
    void what_she_tapped_shows_nowhere_before_the_day_is_over_nor_after() throws Exception {
        buurthuisA.antwoorden(PEILING, 1, 12);
        buurthuisB.antwoorden(PEILING, 1, 6);
        dagVoorbij();
        Model eersteDag = wachtOpGepubliceerd(1);
        String kioskVoor = kioskUitslag();
        List<Long> paginaVoor = paginaAantallen();
        assertEquals(List.of(18L, 0L, 0L), paginaVoor, "the first day's answers are published");

        buurthuisB.antwoorden(PEILING, 2, 1); // the tap he saw
        centrale.wachtOpRondes("peiling-perioden", 3); // two whole rounds of looking for closed periods
        assertEquals(eersteDag.size(), cube().size(), "nothing is published while the day lasts");
        assertEquals(kioskVoor, kioskUitslag(), "the kiosks show nothing new while the day lasts");
        assertEquals(paginaVoor, paginaAantallen(), "the page shows nothing new while the day lasts");

        dagVoorbij();
        Model tweedeDag = wachtOpGepubliceerd(2);
        assertEquals(List.of(), new Differentieaanval(centrale.baseUri(), DREMPEL).teruggerekend(tweedeDag));
        assertEquals(kioskVoor, kioskUitslag(), "her answer alone changes no figure on the kiosks");
        assertEquals(paginaVoor, paginaAantallen(), "her answer alone changes no figure on the page");
        assertTrue(
                tweedeDag
                        .difference(eersteDag)
                        .listObjectsOfProperty(tweedeDag.createProperty(centrale.baseUri() + "def/aantalAntwoorden"))
                        .toList()
                        .stream()
                        .allMatch(n -> n.asLiteral().getLong() == 0),
                "every figure of her day is held back");
    }

    @Test
    void among_a_few_others_her_answer_cannot_be_worked_out_from_the_total() throws Exception {
        buurthuisA.antwoorden(PEILING, 1, 7);
        buurthuisA.antwoorden(PEILING, 2, 6);
        buurthuisB.antwoorden(
                PEILING, 1, 1); // the tap he saw: the total of option 1 is 8, buurthuis A's cell must hide too
        dagVoorbij();
        Model cube = wachtOpGepubliceerd(1);

        assertEquals(List.of(), new Differentieaanval(centrale.baseUri(), DREMPEL).teruggerekend(cube));
        assertEquals(List.of(8L, 6L, 0L), paginaAantallen(), "the totals of the wijk are still shown");
        JsonNode kiosk = JSON.readTree(kioskUitslag());
        assertEquals(8, kiosk.path("1").asLong(), "the kiosk shows the same total as the page");
    }

    private void dagVoorbij() {
        klok.advance(Duration.ofDays(1));
    }

    /** Waits until the cube holds totals of {@code dagen} periods and the poll's standing counts them, and returns it. */
    private Model wachtOpGepubliceerd(int dagen) throws Exception {
        return Await.await(
                "the node to publish " + dagen + " days' results and the poll's standing to count them",
                this::cube,
                cube -> cube.listObjectsOfProperty(cube.createProperty(centrale.baseUri() + "def/periode"))
                                        .toList()
                                        .size()
                                >= dagen
                        && standTeltAlleTotalen(cube));
    }

    /** Whether the poll's standings (per option) account for every period total, shown or held back. */
    private boolean standTeltAlleTotalen(Model cube) {
        String base = centrale.baseUri();
        long totalen = cube.listSubjectsWithProperty(
                        cube.createProperty("http://purl.org/linked-data/cube#dataSet"),
                        cube.createResource(base + "id/dataset/peilingtotalen"))
                .toList()
                .size();
        long geteld = 0;
        for (var stand : cube.listSubjectsWithProperty(
                        cube.createProperty("http://purl.org/linked-data/cube#dataSet"),
                        cube.createResource(base + "id/dataset/peilingstand"))
                .toList()) {
            geteld += stand.getProperty(cube.createProperty(base + "def/aantalAchtergehoudenTotalen"))
                    .getLong();
        }
        long getoond = cube.listSubjectsWithProperty(
                        cube.createProperty("http://purl.org/linked-data/cube#dataSet"),
                        cube.createResource(base + "id/dataset/peilingtotalen"))
                .filterDrop(t -> t.hasProperty(
                        cube.createProperty("http://purl.org/linked-data/sdmx/2009/attribute#confStatus")))
                .toList()
                .size();
        return totalen > 0 && geteld == totalen - getoond;
    }

    /** Every observation of the poll, as any reuser gets it over SPARQL. */
    private Model cube() throws Exception {
        String query = """
                CONSTRUCT { ?obs ?p ?o } WHERE {
                  ?obs <%1$sdef/peiling> <%1$sid/peiling/%2$s> ; a <http://purl.org/linked-data/cube#Observation> ;
                       ?p ?o .
                }""".formatted(centrale.baseUri(), PEILING);
        return Sparql.construct(centrale.url(), query);
    }

    /** What a kiosk of the wijk is sent to show as the poll's result. */
    private String kioskUitslag() throws Exception {
        HttpResponse<String> content = buurthuisA.content();
        assertEquals(200, content.statusCode(), content.body());
        return JSON.readTree(content.body())
                .path("peilinguitslagen")
                .path(PEILING)
                .toString();
    }

    /** The numbers in the result table of the poll's page, per option. */
    private List<Long> paginaAantallen() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "doc/peiling/" + PEILING))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        List<Long> aantallen = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>[^<]*</td><td>(\\d+)</td>").matcher(page.body());
        while (row.find()) {
            aantallen.add(Long.parseLong(row.group(1)));
        }
        return aantallen;
    }
}
