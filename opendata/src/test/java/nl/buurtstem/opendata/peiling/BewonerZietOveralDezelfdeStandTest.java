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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A resident reads a poll's result on the kiosk in her buurthuis, her neighbour on the poll's page at home, a
 * researcher in the open data: after days with some totals held back they all read the same figures, per wijk on the
 * kiosk and in peilingstandperwijk, over all wijken on the page and in peilingstand, also after the node restarts.
 */
class BewonerZietOveralDezelfdeStandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEILING = Bankjespeiling.ID;
    private static final String WIJK_A = DemoContent.WIJK_DIEZERPOORT;
    private static final String WIJK_B = "WK019313";
    private static final int DREMPEL = 5;

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale =
            new DraaiendeCentrale(b -> b.clock(klok).privacyThreshold(DREMPEL).publicatieperiode(Duration.ofDays(1)));

    private final HttpClient http = HttpClient.newHttpClient();
    private TestKiosk buurthuisA;
    private TestKiosk buurthuisB;

    @BeforeEach
    void aPollRunsInEveryWijk() throws Exception {
        Bankjespeiling.publiceer(new Beheer(centrale.url(), centrale.data()), null);
        buurthuisA = TestKiosk.enroll(centrale.node(), WIJK_A).op(klok);
        buurthuisB = TestKiosk.enroll(centrale.node(), WIJK_B).op(klok);
    }

    @Test
    void the_kiosk_the_page_and_the_open_data_show_the_same_standing() throws Exception {
        buurthuisA.antwoorden(PEILING, 1, 12);
        buurthuisA.antwoorden(PEILING, 2, 6);
        buurthuisB.antwoorden(PEILING, 1, 7);
        buurthuisB.antwoorden(PEILING, 3, 2); // held back
        dagVoorbij();
        buurthuisA.antwoorden(PEILING, 1, 2); // held back
        buurthuisB.antwoorden(PEILING, 2, 9);
        dagVoorbij();
        buurthuisA.antwoorden(PEILING, 3, 8);
        buurthuisB.antwoorden(PEILING, 1, 5);
        dagVoorbij();

        // Per option "shown answers held-back totals"; every option without answers on a day is a held-back 0.
        Map<String, String> inA = Map.of("1", "12 2", "2", "6 2", "3", "8 2");
        Map<String, String> inB = Map.of("1", "12 1", "2", "9 2", "3", "0 3");
        Map<String, String> overal = Map.of("1", "24 3", "2", "15 4", "3", "8 5");
        assertEquals(overal, wachtOpStand("peilingstand", null, overal));
        assertEquals(inA, wachtOpStand("peilingstandperwijk", WIJK_A, inA));
        assertEquals(inB, wachtOpStand("peilingstandperwijk", WIJK_B, inB));

        for (String moment : List.of("after three days", "after a restart")) {
            assertEquals(Map.of("1", 12L, "2", 6L, "3", 8L), kioskUitslag(buurthuisA), "kiosk A " + moment);
            assertEquals(Map.of("1", 12L, "2", 9L, "3", 0L), kioskUitslag(buurthuisB), "kiosk B " + moment);
            String pagina = pagina();
            assertEquals(List.of(24L, 15L, 8L), paginaAantallen(pagina), "the page " + moment);
            assertTrue(pagina.contains("47 antwoorden gepubliceerd"), pagina);
            assertTrue(pagina.contains("(12 aantallen niet getoond)"), pagina);
            centrale.herstart();
        }
        assertEquals(overal, wachtOpStand("peilingstand", null, overal));
    }

    /**
     * Waits until the standing per option in {@code wijk} (all wijken when null) reads {@code verwacht} ("answers
     * held-back"), and returns what it read.
     */
    private Map<String, String> wachtOpStand(String dataset, String wijk, Map<String, String> verwacht)
            throws Exception {
        String inWijk = wijk == null ? "" : "; bs:wijk <" + centrale.baseUri() + "id/wijk/" + wijk + ">";
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX bs: <%1$sdef/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?code ?n ?weg WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/%2$s> ; bs:peiling <%1$sid/peiling/%3$s> %4$s ;
                       bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n ; bs:aantalAchtergehoudenTotalen ?weg .
                  ?optie skos:notation ?code .
                }""".formatted(centrale.baseUri(), dataset, PEILING, inWijk);
        return Await.await(
                () -> {
                    Map<String, String> stand = new TreeMap<>();
                    JSON.readTree(Sparql.body(centrale.url(), query, "application/sparql-results+json"))
                            .path("results")
                            .path("bindings")
                            .forEach(row -> stand.put(
                                    row.path("code").path("value").asText(),
                                    row.path("n").path("value").asText() + " "
                                            + row.path("weg").path("value").asText()));
                    return stand;
                },
                stand -> stand.equals(verwacht));
    }

    /** What the kiosk is sent to show as the poll's result, per option. */
    private Map<String, Long> kioskUitslag(TestKiosk kiosk) throws Exception {
        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        Map<String, Long> perOptie = new TreeMap<>();
        JsonNode uitslag =
                JSON.readTree(content.body()).path("peilinguitslagen").path(PEILING);
        uitslag.fieldNames()
                .forEachRemaining(
                        optie -> perOptie.put(optie, uitslag.path(optie).asLong()));
        return perOptie;
    }

    private String pagina() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "doc/peiling/" + PEILING))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        return page.body();
    }

    /** The numbers in the result table of the poll's page, per option. */
    private static List<Long> paginaAantallen(String pagina) {
        List<Long> aantallen = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>[^<]*</td><td>(\\d+)</td>").matcher(pagina);
        while (row.find()) {
            aantallen.add(Long.parseLong(row.group(1)));
        }
        return aantallen;
    }

    /** The day ends and the node closes it (it looks every second). */
    private void dagVoorbij() throws Exception {
        klok.advance(Duration.ofDays(1));
        centrale.wachtOpRondes("peiling-perioden", 2);
    }
}
