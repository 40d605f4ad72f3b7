package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A synced answer becomes a Data Cube observation that anyone can count over the SPARQL protocol. */
class AntwoordVerschijntInSparqlTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void synced_answers_are_counted_per_option_in_sparql() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(1, "speelplek-diezerpoort", 2));
        kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(2, "speelplek-diezerpoort", 2));
        kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(3, "speelplek-diezerpoort", 4));

        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?label (SUM(?n) AS ?aantal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ;
                       <%1$sdef/peiling> <%1$sid/peiling/speelplek-diezerpoort> ;
                       <%1$sdef/antwoordoptie> ?optie ; <%1$sdef/aantalAntwoorden> ?n .
                  ?optie <http://www.w3.org/2004/02/skos/core#prefLabel> ?label .
                } GROUP BY ?label ORDER BY ?label""".formatted(centrale.baseUri());

        JsonNode rows = awaitRows(query, 2);

        assertEquals("Een moestuin", rows.get(0).get("label").get("value").asText());
        assertEquals(2, rows.get(0).get("aantal").get("value").asInt());
        assertEquals("Laat het zo", rows.get(1).get("label").get("value").asText());
        assertEquals(1, rows.get(1).get("aantal").get("value").asInt());
    }

    private JsonNode awaitRows(String query, int expected) throws Exception {
        return Await.await(
                () -> Sparql.select(centrale.url(), query),
                rows -> rows.size() == expected
                        && rows.get(0).has("aantal")
                        && rows.get(0).get("aantal").get("value").asInt() == 2);
    }
}
