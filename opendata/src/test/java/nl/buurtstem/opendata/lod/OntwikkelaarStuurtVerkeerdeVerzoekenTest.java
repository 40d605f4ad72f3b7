package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A developer whose client sends the wrong thing (a JSON body of null or of the wrong type, a form where a query
 * belongs, nonsense parameters) gets a 4xx problem that says what is wrong, never a 500; and a result larger than the
 * limit is refused for graph results (CONSTRUCT, DESCRIBE) as it is for rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OntwikkelaarStuurtVerkeerdeVerzoekenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.maxResults(50));

    private Web web;

    @BeforeAll
    void connect() {
        web = new Web(centrale.url());
    }

    @Test
    void construct_and_describe_larger_than_the_limit_are_refused_like_select() throws Exception {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        String describe = "DESCRIBE ?s WHERE { ?s ?p ?o }";

        for (String query : List.of(construct, describe)) {
            // Jetty itself refuses a path that is not UTF-8, before any handler of ours sees it.
            assertEquals(400, web.get("/doc/plan/%ff%fe", "text/turtle").statusCode());
            for (String accept : List.of("text/turtle", "application/n-triples", "application/ld+json")) {
                HttpResponse<String> r = web.sparqlPost(query, accept);
                assertEquals(
                        400,
                        r.statusCode(),
                        query + " as " + accept + ": " + r.body().length() + " characters");
                JsonNode problem = JSON.readTree(r.body());
                assertEquals("/problems/result-too-large", problem.get("type").asText());
                assertTrue(problem.get("detail").asText().contains("at most 50 triples"), r.body());
            }
        }
        HttpResponse<String> small = web.sparqlPost(construct + " LIMIT 50", "application/n-triples");
        assertEquals(200, small.statusCode(), small.body());
        assertEquals(50, Web.parse(small.body(), Lang.NTRIPLES).size());
    }

    @Test
    void json_bodies_of_null_or_the_wrong_type_are_refused_with_a_problem() throws Exception {
        List<String> bodies = List.of(
                "null", "42", "\"SELECT * WHERE {}\"", "[]", "{}", "{\"query\":null}", "{\"query\":[1,2]}", "{", "");
        List<String> paths = List.of(
                "/sparql",
                "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "/id/plan/herinrichting-vechtstraat",
                "/doc/plan/herinrichting-vechtstraat",
                "/def/",
                "/def/aantalAntwoorden",
                "/dumps",
                "/dumps/plannen.ttl.gz",
                "/catalogus");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                for (String body : bodies) {
                    HttpResponse<String> r = web.send(method, path, "application/json", body, null, null);
                    if (r.statusCode() / 100 != 4 || !isProblem(r)) {
                        wrong.add(method + " " + path + " " + body + " -> " + r.statusCode() + " "
                                + r.headers().firstValue("Content-Type").orElse("") + " " + r.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nonsense_parameters_and_headers_are_refused_with_a_problem() throws Exception {
        List<String> wrong = new ArrayList<>();
        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (String path : List.of(
                "/sparql?query=",
                "/sparql?query=" + ask + "&query=" + ask,
                "/sparql?query=" + URLEncoder.encode("SELEKT *", StandardCharsets.UTF_8),
                "/sparql?query=" + ask + "&timeout=abc",
                "/sparql?query=" + ask + "&timeout=-5",
                "/sparql?update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8),
                "/doc/plan/herinrichting-vechtstraat?format=pdf",
                "/doc/plan/" + "x".repeat(5000),
                "/dumps/..%2f..%2fcentral.db",
                "/def/bestaat-niet")) {
            HttpResponse<String> r = web.get(path, "text/turtle");
            if (r.statusCode() / 100 != 4 || !isProblem(r)) {
                wrong.add("GET " + path + " -> " + r.statusCode() + " " + r.body());
            }
        }
        // Jetty itself refuses a path that is not UTF-8, before any handler of ours sees it.
        assertEquals(400, web.get("/doc/plan/%ff%fe", "text/turtle").statusCode());
        for (String accept : List.of("nonsense", "text/turtle;q=abc", "*/*;q=", ";;;")) {
            HttpResponse<String> r = web.get("/doc/plan/herinrichting-vechtstraat", accept);
            if (r.statusCode() >= 500) {
                wrong.add("Accept " + accept + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean isProblem(HttpResponse<String> r) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(r.body());
            return problem.get("status").asInt() == r.statusCode()
                    && !problem.get("detail").asText().isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
