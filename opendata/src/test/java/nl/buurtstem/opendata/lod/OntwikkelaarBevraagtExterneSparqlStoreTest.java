package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A national dashboard queries a standalone Apache Jena Fuseki that the central node publishes into (Graph Store
 * Protocol and SPARQL Update), so its load never reaches the node: the store holds what the node publishes, as the
 * node publishes it.
 */
class OntwikkelaarBevraagtExterneSparqlStoreTest {

    /**
     * Fuseki as a municipality would run it beside the node: its own server and port, a TDB2 dataset that takes
     * updates and answers queries over the union of its graphs, as the node's own endpoint does (docs/ops/scale.md).
     */
    private static final FusekiServer FUSEKI = FusekiServer.create()
            .port(0)
            .add("/buurtstem", unionOfGraphs(), true)
            .build()
            .start();

    private static final String STORE = "http://localhost:" + FUSEKI.getPort() + "/buurtstem";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.sparqlStore(STORE));

    @AfterAll
    static void stopFuseki() {
        FUSEKI.stop();
    }

    @Test
    void synced_answers_are_counted_in_the_store_too_and_a_later_sync_replaces_rather_than_adds() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        Telling node = new Telling(centrale.node());
        Telling store =
                new Telling(STORE + "/", centrale.baseUri(), centrale.node().database());

        kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, 20));
        assertEquals(20, node.awaitSparql(kiosk.id, n -> n == 20));
        assertEquals(20, store.awaitSparql(kiosk.id, n -> n == 20), "the store counts what the node counts");

        kiosk.post("/api/sync/v1/events", KioskBerichten.answers(21, 32));
        assertEquals(32, node.awaitSparql(kiosk.id, n -> n == 32));
        assertEquals(32, store.awaitSparql(kiosk.id, n -> n == 32), "the poll's graph was replaced, not added to");

        assertEquals(
                graphs(centrale.url() + "sparql"),
                Await.await(() -> graphs(STORE + "/query"), g -> g.equals(graphs(centrale.url() + "sparql"))),
                "the store holds the graphs the node publishes, no more, no fewer");
    }

    private static DatasetGraph unionOfGraphs() {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        return tdb2;
    }

    private static Set<String> graphs(String endpoint) {
        Set<String> graphs = new TreeSet<>();
        try (QueryExecutionHTTP q = QueryExecutionHTTP.service(endpoint)
                .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
                .build()) {
            q.execSelect().forEachRemaining(s -> graphs.add(s.getResource("g").getURI()));
        }
        return graphs;
    }
}
