package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A central node whose TDB2 folder is lost (a broken disk, a restore of the database alone) publishes everything again
 * when it starts: every graph a reuser read before, with the same triples, a poll's closed days included. On
 * PostgreSQL the node copies them again from the shared database, also when the note of how far its copy got survived.
 */
class CentraleZonderTdb2PubliceertAllesOpnieuwTest {

    private static final String PEILING = "speeltuin";

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(b -> b.clock(klok).publicatieperiode(Duration.ofDays(1)));

    @Test
    void a_node_that_lost_its_tdb2_publishes_the_same_graphs_again() throws Exception {
        eenPeilingMetDrieGeslotenDagen();
        Map<String, Model> voor = stabiel();
        assertEquals(
                3,
                voor.keySet().stream()
                        .filter(g -> g.contains("/peiling/" + PEILING + "/periode/"))
                        .count(),
                "the poll's closed days are published: " + voor.keySet());

        centrale.herstartZonderTdb2();

        Await.await(
                "the same graphs with the same triples published again (listed: those that differ)",
                () -> anders(voor, grafen()),
                Set::isEmpty);
    }

    private void eenPeilingMetDrieGeslotenDagen() throws Exception {
        new Beheer(centrale.url(), centrale.data())
                .publiceerPeiling(
                        PEILING,
                        DemoContent.WIJK_DIEZERPOORT,
                        "Wat mist u in de speeltuin?",
                        "Schommel",
                        "Bankje",
                        "Niets");
        TestKiosk kiosk =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        for (int dag = 1; dag <= 3; dag++) {
            kiosk.antwoorden(PEILING, 1 + dag % 3, 5 + dag);
            klok.advance(Duration.ofDays(1));
            long gesloten = dag;
            // A day is closed while the next one runs; only the day just past, so each waits for its close.
            Await.await("day " + dag + " closed and published", this::dagen, n -> n == gesloten);
        }
    }

    private long dagen() throws Exception {
        return select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").stream()
                .filter(row -> row.path("g").path("value").asText().contains("/peiling/" + PEILING + "/periode/"))
                .count();
    }

    /** The graphs once they stay the same for a whole round of closing periods (the standings follow the days). */
    private Map<String, Model> stabiel() throws Exception {
        return Await.await(
                "the graphs to stay the same for a whole round of closing periods",
                () -> {
                    Map<String, Model> voor = grafen();
                    centrale.wachtOpRondes("peiling-perioden", 2);
                    Map<String, Model> na = grafen();
                    return zelfde(voor, na) ? na : null;
                },
                grafen -> grafen != null);
    }

    private static Set<String> anders(Map<String, Model> voor, Map<String, Model> na) {
        Set<String> anders = new TreeSet<>();
        voor.forEach((g, triples) -> {
            if (!na.containsKey(g) || !triples.isIsomorphicWith(na.get(g))) {
                anders.add(g);
            }
        });
        na.keySet().stream().filter(g -> !voor.containsKey(g)).forEach(anders::add);
        return anders;
    }

    private static boolean zelfde(Map<String, Model> voor, Map<String, Model> na) {
        return voor.keySet().equals(na.keySet())
                && voor.entrySet().stream().allMatch(e -> e.getValue().isIsomorphicWith(na.get(e.getKey())));
    }

    /** Every named graph with its triples, as a reuser who mirrors the graphs reads them. */
    private Map<String, Model> grafen() throws Exception {
        Map<String, Model> grafen = new TreeMap<>();
        for (JsonNode row : select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")) {
            String g = row.path("g").path("value").asText();
            // When each dataset last changed is lost with the TDB2 (the node cannot tell a graph it writes again from
            // a changed one): the catalogue's dct:modified and dct:temporal say "now" afterwards. Only its presence
            // counts here; every other graph must be as before.
            grafen.put(
                    g,
                    g.endsWith("/graph/catalogus")
                            ? ModelFactory.createDefaultModel()
                            : construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }"));
        }
        return grafen;
    }

    private List<JsonNode> select(String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        Sparql.select(centrale.url(), query).forEach(rows::add);
        return rows;
    }

    private Model construct(String query) throws Exception {
        return Sparql.construct(centrale.url(), query);
    }
}
