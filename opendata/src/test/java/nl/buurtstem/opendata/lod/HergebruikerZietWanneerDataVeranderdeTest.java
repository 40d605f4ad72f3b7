package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.TestClock;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A harvester reads from the catalogue when each dataset was first published and when its data last changed: taken
 * from the data, so a restart of the node changes nothing, and a new plan moves only the plans' date.
 */
class HergebruikerZietWanneerDataVeranderdeTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PLAN = """
            {"id":"bankjes-assendorp","wijk":"WK019313","titel":"Meer bankjes in Assendorp",
             "samenvatting":"Langs de Assendorperstraat komen bankjes om even uit te rusten.",
             "fasen":[{"naam":"Plekken kiezen","van":"2027-01-01","tot":"2027-02-28"}],
             "momenten":[],"documenten":[],"demo":false}""";

    private final TestClock klok = new TestClock(START);

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.clock(klok));

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void issued_and_modified_come_from_the_data_not_from_the_start_of_the_node() throws Exception {
        Redactie.wachtTot(() -> datums().containsKey("plannen modified"), "the catalogue dates the plans");
        Map<String, String> eerst = datums();
        assertEquals("2026-03-02T09:00:00Z", eerst.get("plannen issued"), eerst.toString());
        assertEquals("2026-03-02T09:00:00Z", eerst.get("plannen modified"), eerst.toString());
        assertEquals("2026-03-02T09:00:00Z", eerst.get("wijken modified"), eerst.toString());

        klok.advance(Duration.ofDays(1));
        centrale.herstart();
        assertEquals(eerst, datums(), "a restart a day later is not a change");

        klok.advance(Duration.ofDays(1));
        Redactie.inloggen(centrale).publiceer("plan", "bankjes-assendorp", PLAN);
        Redactie.wachtTot(
                () -> "2026-03-04T09:00:00Z".equals(datums().get("plannen modified")),
                "the plans' dct:modified is the day the new plan came");
        Map<String, String> daarna = datums();
        assertEquals(eerst.get("plannen issued"), daarna.get("plannen issued"), "issued stays");
        assertEquals(eerst.get("wijken modified"), daarna.get("wijken modified"), "the wijken did not change");
        assertEquals("2026-03-04T09:00:00Z", daarna.get("catalogus modified"));
    }

    /** "{dataset} issued|modified" to the value the catalogue gives, for every dataset and the catalogue. */
    private Map<String, String> datums() {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(centrale.url() + "catalogus"))
                            .header("Accept", "text/turtle")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            Map<String, String> out = new TreeMap<>();
            String q = """
                    PREFIX dct: <http://purl.org/dc/terms/>
                    SELECT ?s ?p ?o WHERE { ?s dct:issued|dct:modified ?o ; ?p ?o . FILTER(?p IN (dct:issued, dct:modified)) }""";
            try (var qe = QueryExecutionFactory.create(q, m)) {
                qe.execSelect().forEachRemaining(row -> {
                    String s = row.getResource("s").getURI();
                    out.put(
                            s.substring(s.lastIndexOf('/') + 1).replace("buurtstem", "catalogus") + " "
                                    + row.getResource("p").getLocalName(),
                            row.getLiteral("o").getLexicalForm());
                });
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
