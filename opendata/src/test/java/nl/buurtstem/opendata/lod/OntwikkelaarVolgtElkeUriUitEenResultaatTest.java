package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every IRI of ours in a SPARQL result dereferences, via 303, to Turtle and JSON-LD that describe it. */
class OntwikkelaarVolgtElkeUriUitEenResultaatTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void every_iri_in_a_poll_result_dereferences_to_turtle_and_json_ld() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(1, "speelplek-diezerpoort", 1));
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?obs ?ds ?structure ?peiling ?optie ?wijk ?kiosk ?kanaal WHERE {
                  ?obs qb:dataSet ?ds ; <%1$sdef/peiling> ?peiling ; <%1$sdef/antwoordoptie> ?optie ;
                       <%1$sdef/wijk> ?wijk ; <%1$sdef/kiosk> ?kiosk ; <%1$sdef/kanaal> ?kanaal .
                  ?ds qb:structure ?structure .
                }""".formatted(centrale.baseUri());
        JsonNode rows = awaitRows(query);

        Set<String> iris = new TreeSet<>();
        rows.forEach(row -> row.forEach(cell -> iris.add(cell.get("value").asText())));
        iris.add(centrale.baseUri() + "def/aantalAntwoorden");
        assertTrue(iris.size() >= 8, iris.toString());
        for (String iri : iris) {
            assertTrue(iri.startsWith(centrale.baseUri()), iri);
            for (var format : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD}}) {
                HttpResponse<String> doc = dereference(iri, (String) format[0]);
                assertEquals(200, doc.statusCode(), iri + " as " + format[0]);
                Model m = ModelFactory.createDefaultModel();
                RDFParser.source(new ByteArrayInputStream(doc.body().getBytes(StandardCharsets.UTF_8)))
                        .lang((Lang) format[1])
                        .parse(m);
                assertFalse(
                        m.listStatements(m.createResource(iri), null, (RDFNode) null)
                                .toList()
                                .isEmpty(),
                        iri + " is described in " + format[0]);
            }
        }
    }

    /** Published a moment after the answer, like everything else. */
    private HttpResponse<String> dereference(String iri, String accept) throws Exception {
        return Await.await(
                () -> http.send(
                        HttpRequest.newBuilder(URI.create(iri))
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                doc -> doc.statusCode() == 200);
    }

    private JsonNode awaitRows(String query) throws Exception {
        return Await.await(() -> Sparql.select(centrale.url(), query), rows -> !rows.isEmpty());
    }
}
