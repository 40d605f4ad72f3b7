package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A researcher asks for a poll's result per option and reads it from the standing (peilingstand), a handful of
 * observations, instead of summing every cell of every day. The standing adds up the days' published totals; a day
 * held back counts for nothing in it, so it gives back nothing the days do not show. A day that closes is written on
 * its own: the days before it stay as they were published.
 */
class OnderzoekerLeestDeStandVanEenPeilingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEILING = Bankjespeiling.ID;
    private static final int DREMPEL = 5;

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale =
            new DraaiendeCentrale(b -> b.clock(klok).privacyThreshold(DREMPEL).publicatieperiode(Duration.ofDays(1)));

    private Beheer beheer;
    private TestKiosk kiosk;

    @BeforeEach
    void aPollRunsInTheWijk() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
        Bankjespeiling.publiceer(beheer, DemoContent.WIJK_DIEZERPOORT);
        kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
    }

    @Test
    void the_standing_adds_the_shown_day_totals_and_a_held_back_day_counts_for_nothing() throws Exception {
        kiosk.antwoorden(PEILING, 1, 12);
        kiosk.antwoorden(PEILING, 2, 6);
        klok.advance(Duration.ofDays(1));
        assertEquals(
                Map.of("1", "12 0", "2", "6 0", "3", "0 1"),
                wachtOpStand("peilingstand", Map.of("1", "12 0", "2", "6 0", "3", "0 1")));
        Map<String, Model> eersteDag = periodeGrafen();
        assertEquals(1, eersteDag.size(), "one graph for the closed day: " + eersteDag.keySet());

        kiosk.antwoorden(PEILING, 1, 2); // a small day: every total of it is held back
        klok.advance(Duration.ofDays(1));
        Map<String, String> verwacht = Map.of("1", "12 1", "2", "6 1", "3", "0 2");
        assertEquals(verwacht, wachtOpStand("peilingstand", verwacht));
        assertEquals(verwacht, wachtOpStand("peilingstandperwijk", verwacht), "one wijk: the same per wijk");

        Map<String, Model> beideDagen = periodeGrafen();
        assertEquals(2, beideDagen.size(), "a graph of its own for the second day: " + beideDagen.keySet());
        eersteDag.forEach((graph, triples) -> assertTrue(
                triples.isIsomorphicWith(beideDagen.get(graph)), "the first day's graph is as it was published"));

        Model alles = observaties();
        assertEquals(List.of(), new Differentieaanval(centrale.baseUri(), DREMPEL).teruggerekend(alles));
        assertEquals(List.of(), DataCubeChecks.violations(structuurEnGrafen()));
    }

    @Test
    void a_withdrawn_poll_takes_its_days_and_standing_with_it() throws Exception {
        kiosk.antwoorden(PEILING, 1, 7);
        klok.advance(Duration.ofDays(1));
        Map<String, String> gepubliceerd = Map.of("1", "7 0", "2", "0 1", "3", "0 1");
        assertEquals(gepubliceerd, wachtOpStand("peilingstand", gepubliceerd));
        assertEquals(1, periodeGrafen().size());

        assertEquals(200, beheer.trekIn("peiling", PEILING).statusCode());

        Await.await(() -> periodeGrafen().isEmpty() && observaties().isEmpty(), weg -> weg);
        assertEquals(Map.of(), periodeGrafen(), "no day of the withdrawn poll is left");
        assertTrue(observaties().isEmpty(), "no figure of the withdrawn poll is left");
    }

    /** Waits until the standing per option reads {@code verwacht} ("answers held-back"), and returns what it read. */
    private Map<String, String> wachtOpStand(String dataset, Map<String, String> verwacht) throws Exception {
        return Await.await(
                () -> {
                    Map<String, String> stand = new TreeMap<>();
                    for (JsonNode row : select("""
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    PREFIX bs: <%1$sdef/>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?code ?n ?weg WHERE {
                      ?obs qb:dataSet <%1$sid/dataset/%2$s> ; bs:peiling <%1$sid/peiling/%3$s> ;
                           bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n ; bs:aantalAchtergehoudenTotalen ?weg .
                      ?optie skos:notation ?code .
                    }""".formatted(centrale.baseUri(), dataset, PEILING))) {
                        stand.put(
                                row.path("code").path("value").asText(),
                                row.path("n").path("value").asText() + " "
                                        + row.path("weg").path("value").asText());
                    }
                    return stand;
                },
                stand -> stand.equals(verwacht));
    }

    /** The poll's period graphs, each with its triples, as a reuser who mirrors graphs reads them. */
    private Map<String, Model> periodeGrafen() throws Exception {
        Map<String, Model> grafen = new TreeMap<>();
        String prefix = centrale.baseUri() + "graph/peiling/" + PEILING + "/periode/";
        for (JsonNode row :
                select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), \"" + prefix + "\")) }")) {
            String g = row.path("g").path("value").asText();
            grafen.put(g, construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }"));
        }
        return grafen;
    }

    private Model observaties() throws Exception {
        return construct("""
                CONSTRUCT { ?obs ?p ?o } WHERE {
                  ?obs <%1$sdef/peiling> <%1$sid/peiling/%2$s> ; a <http://purl.org/linked-data/cube#Observation> ;
                       ?p ?o .
                }""".formatted(centrale.baseUri(), PEILING));
    }

    /** The cubes' shared structure and every graph of the poll. */
    private Model structuurEnGrafen() throws Exception {
        return construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = <" + centrale.baseUri()
                + "graph/def/peilingresultaten> || STRSTARTS(STR(?g), \"" + centrale.baseUri() + "graph/peiling/"
                + PEILING + "\")) }");
    }

    private List<JsonNode> select(String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(sparql(query, "application/sparql-results+json"))
                .path("results")
                .path("bindings")
                .forEach(rows::add);
        return rows;
    }

    private Model construct(String query) throws Exception {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(sparql(query, "application/n-triples")), null, "N-TRIPLES");
        return m;
    }

    private String sparql(String query, String accept) throws Exception {
        return Sparql.body(centrale.url(), query, accept);
    }
}
