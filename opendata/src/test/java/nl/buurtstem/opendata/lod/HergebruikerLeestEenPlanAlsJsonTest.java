package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web developer who reads JSON, not RDF, asks for a plan as JSON: the plan is the root object, its
 * phases and participation moment with its place nested inside, texts as plain strings, and the published
 * context says what every key means.
 */
class HergebruikerLeestEenPlanAlsJsonTest {

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void a_plan_as_json_is_one_tree_with_its_phases_moments_and_places_inside() throws Exception {
        HttpResponse<String> r = get("id/plan/herinrichting-vechtstraat?format=json", "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json-ld#framed"));
        JsonNode plan = new ObjectMapper().readTree(r.body());

        assertEquals(
                centrale.baseUri() + "def/context.jsonld",
                plan.get("@context").get(0).asText());
        assertEquals(
                centrale.baseUri() + "id/plan/herinrichting-vechtstraat",
                plan.get("@id").asText());
        assertEquals("Nieuwe inrichting Vechtstraat", plan.get("dct:title").asText(), r.body());
        JsonNode moment = plan.get("schema:subjectOf");
        assertEquals(
                "2026-12-10T19:30:00+01:00",
                moment.get("schema:startDate").get("@value").asText(),
                r.body());
        assertEquals(
                "Buurthuis De Kroon",
                moment.get("schema:location").get("schema:name").asText(),
                r.body());
        assertEquals(3, plan.get("dct:hasPart").size(), "three phases: " + r.body());
    }

    @Test
    void the_same_tree_comes_with_the_json_ld_framed_profile() throws Exception {
        HttpResponse<String> r =
                get("doc/wijk/WK019311", "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#framed\"");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode wijk = new ObjectMapper().readTree(r.body());
        assertEquals(centrale.baseUri() + "id/wijk/WK019311", wijk.get("@id").asText());
        assertEquals(
                "Zwolle", wijk.get("schema:containedInPlace").get("schema:name").asText(), r.body());
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
