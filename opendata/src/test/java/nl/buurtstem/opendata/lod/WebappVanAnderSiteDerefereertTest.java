package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A web app on another site (a journalist's map, a student's dashboard) dereferences our URIs from the browser: it can
 * follow a 303 and read a 404 or 410, its preflight is answered, and HEAD tells it what GET would, without the body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappVanAnderSiteDerefereertTest {

    private static final String ORIGIN = "https://krant.example";

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void withdrawOnePlan() throws Exception {
        Redactie.inloggen(centrale).trekIn("plan", "groen-schoolplein-holtenbroek");
        Redactie.wachtTot(
                () -> status("GET", "/doc/plan/groen-schoolplein-holtenbroek", "text/turtle") == 410,
                "the withdrawn plan answers 410");
        centrale.wachtOpDumps();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/id/plan/herinrichting-vechtstraat",
                "/doc/plan/herinrichting-vechtstraat",
                "/doc/plan/groen-schoolplein-holtenbroek",
                "/doc/plan/bestaat-niet",
                "/doc/",
                "/id/",
                "/def/",
                "/def/aantalAntwoorden",
                "/def/bestaat-niet",
                "/dumps",
                "/dumps/plannen.ttl.gz",
                "/dumps/bestaat-niet.csv",
                "/catalogus"
            })
    void head_answers_what_get_would_without_the_body(String path) throws Exception {
        for (String accept : List.of("text/turtle", "text/html", "application/ld+json")) {
            HttpResponse<String> get = send("GET", path, accept);
            HttpResponse<String> head = send("HEAD", path, accept);

            assertEquals(get.statusCode(), head.statusCode(), path + " " + accept);
            assertEquals(withoutDate(get.headers()), withoutDate(head.headers()), path + " " + accept);
            assertEquals("", head.body(), path);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/id/plan/herinrichting-vechtstraat",
                "/doc/plan/herinrichting-vechtstraat",
                "/doc/plan/groen-schoolplein-holtenbroek",
                "/doc/plan/bestaat-niet",
                "/def/aantalAntwoorden",
                "/dumps/plannen.ttl.gz",
                "/dumps/bestaat-niet.csv",
                "/catalogus"
            })
    void every_answer_may_be_read_by_a_page_on_another_site(String path) throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<String> r = send(method, path, "text/turtle");
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), method + " " + path);
            String exposed =
                    r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
            for (String header : List.of("Location", "ETag", "Last-Modified", "Link")) {
                assertTrue(exposed.contains(header), method + " " + path + " exposes " + header + ": " + exposed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/id/plan/herinrichting-vechtstraat",
                "/doc/plan/herinrichting-vechtstraat",
                "/def/aantalAntwoorden",
                "/dumps/plannen.ttl.gz",
                "/sparql"
            })
    void a_preflight_is_answered(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path.substring(1)))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "accept, if-none-match")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(2, r.statusCode() / 100, path + ": " + r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("GET"));
        String allowed = r.headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .toLowerCase();
        assertTrue(allowed.contains("accept") && allowed.contains("if-none-match"), path + ": " + allowed);
    }

    @Test
    void the_withdrawn_plan_keeps_its_page_with_410_and_its_status() throws Exception {
        HttpResponse<String> gone = send("GET", "/doc/plan/groen-schoolplein-holtenbroek", "text/turtle");

        assertEquals(410, gone.statusCode());
        assertEquals(
                "*", gone.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(gone.body().contains("http://purl.org/adms/status/Withdrawn"), gone.body());
    }

    private int status(String method, String path, String accept) {
        try {
            return send(method, path, accept).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path.substring(1)))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Accept", accept)
                        .header("Origin", ORIGIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, List<String>> withoutDate(HttpHeaders headers) {
        Map<String, List<String>> out = new TreeMap<>(headers.map());
        out.remove("date");
        return out;
    }
}
