package nl.buurtstem.opendata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reuser puts the participation evenings in a calendar: each starts at a time with its offset from UTC (so it
 * compares with NOW() and converts to any zone), and takes place at a place with a name and an address that is a
 * resource of its own, the same for every plan meeting there.
 */
class HergebruikerVindtTijdEnPlekVanEenMomentTest {

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void a_moment_starts_at_dutch_time_with_its_offset_at_a_place_with_an_address() throws Exception {
        String q = """
                PREFIX schema: <https://schema.org/>
                PREFIX bs: <%sdef/>
                SELECT ?start (TZ(?start) AS ?zone) ?plek ?naam ?straat WHERE {
                  ?m a bs:Participatiemoment ; schema:startDate ?start ; schema:location ?plek .
                  ?plek schema:name ?naam .
                  OPTIONAL { ?plek schema:address/schema:streetAddress ?straat }
                  FILTER(isIRI(?plek))
                } ORDER BY ?start""".formatted(centrale.baseUri());
        JsonNode rows = select(q);
        assertEquals(2, rows.size(), rows.toString());
        JsonNode kroon = rows.get(1);
        assertEquals(
                "2026-12-10T19:30:00+01:00", kroon.get("start").get("value").asText(), "winter time in Zwolle");
        assertEquals("+01:00", kroon.get("zone").get("value").asText());
        assertEquals(
                centrale.baseUri() + "id/plek/buurthuis-de-kroon",
                kroon.get("plek").get("value").asText());
        assertEquals("Voorbeeldstraat 1", kroon.get("straat").get("value").asText());

        HttpResponse<String> plek = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "id/plek/buurthuis-de-kroon"))
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plek.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(plek.body(), Lang.TURTLE).parse(m);
        assertTrue(
                m.contains(null, m.createProperty("https://schema.org/addressLocality"), "Zwolle"),
                "the place's own document gives its address:\n" + plek.body());
    }

    @Test
    void the_next_moment_is_found_by_comparing_with_now() throws Exception {
        JsonNode rows = select("""
                PREFIX schema: <https://schema.org/>
                SELECT ?start WHERE { ?m schema:startDate ?start FILTER(?start >= "2026-12-05T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>) }""");
        assertEquals(1, rows.size(), "only the evening of 10 December is after 5 December: " + rows);
    }

    @Test
    void the_kiosk_in_the_buurthuis_stands_at_the_same_place_as_the_evening() throws Exception {
        HttpResponse<String> registered = new Beheer(centrale.url(), centrale.data())
                .post(
                        "/api/beheer/kiosks",
                        "{\"naam\":\"Kiosk hal\",\"buurthuis\":\"Buurthuis De Kroon\",\"wijk\":\"WK019311\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        // Kiosks are published at start and with each poll publication (per closed period): a start is quickest.
        centrale.herstart();
        String query = """
                PREFIX schema: <https://schema.org/>
                PREFIX bs: <%sdef/>
                SELECT ?kiosk WHERE { ?kiosk a bs:Kiosk ; schema:location <%sid/plek/buurthuis-de-kroon> }""".formatted(centrale.baseUri(), centrale.baseUri());
        Await.await(() -> select(query), rows -> !rows.isEmpty());
        assertEquals(
                1, select(query).size(), "the kiosk points to the place of the evening, /id/plek/buurthuis-de-kroon");
    }

    private JsonNode select(String query) throws Exception {
        return Sparql.select(centrale.url(), query);
    }
}
