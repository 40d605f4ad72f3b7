package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The municipality serves the node below a path on its own site (--base-uri https://host/buurtstem/, a reverse proxy
 * strips the path): a reuser starting from the home page follows every link, redirect and alternate without once
 * leaving the node's part of the site or hitting a broken link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class CentraleAchterProxyMetPadTest {

    private static final PadProxy proxy = start();

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.baseUri(proxy.base()));

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static PadProxy start() {
        try {
            return new PadProxy("/buurtstem/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void connect() throws Exception {
        proxy.target(centrale.url());
        centrale.wachtOpDumps();
    }

    @AfterAll
    void stopProxy() {
        proxy.close();
    }

    @Test
    void redirects_and_the_service_description_carry_the_path() throws Exception {
        HttpResponse<String> seeOther = get(proxy.base() + "id/plan/herinrichting-vechtstraat", "text/turtle");
        assertEquals(303, seeOther.statusCode());
        assertEquals(
                "/buurtstem/doc/plan/herinrichting-vechtstraat",
                seeOther.headers().firstValue("Location").orElse(""));
        assertEquals(
                "/buurtstem/doc/catalogus/buurtstem",
                get(proxy.base() + "catalogus", "text/html")
                        .headers()
                        .firstValue("Location")
                        .orElse(""));
        assertTrue(get(proxy.base() + "doc/plan/herinrichting-vechtstraat", "text/turtle")
                .headers()
                .firstValue("Link")
                .orElse("")
                .contains("</buurtstem/doc/plan/herinrichting-vechtstraat?format=jsonld>"));

        String description = get(proxy.base() + "sparql", "text/turtle").body();
        assertTrue(QueryExecutionFactory.create(
                        "ASK { ?s <http://www.w3.org/ns/sparql-service-description#endpoint> <" + proxy.base()
                                + "sparql> }",
                        Web.parse(description, Lang.TURTLE))
                .execAsk());
        assertTrue(get(proxy.base() + "robots.txt", null).body().contains("Disallow: /buurtstem/beheer/"));
    }

    @Test
    void a_reuser_follows_every_link_from_the_home_page_without_leaving_the_path() throws Exception {
        Deque<String> todo = new ArrayDeque<>(List.of(proxy.base()));
        Set<String> seen = new HashSet<>(todo);
        List<String> broken = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        Pattern link = Pattern.compile("(?:href|src)=\"([^\"#]*)");
        int pages = 0;
        while (!todo.isEmpty() && pages < 800) {
            String url = todo.poll();
            pages++;
            HttpResponse<String> r = get(url, "text/html");
            List<String> found = new ArrayList<>();
            r.headers().firstValue("Location").ifPresent(found::add);
            if (r.statusCode() >= 400) {
                broken.add(url + " -> " + r.statusCode());
                continue;
            }
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher m = link.matcher(r.body());
                while (m.find()) {
                    found.add(m.group(1).replace("&amp;", "&"));
                }
            }
            for (String f : found) {
                if (f.isEmpty() || f.startsWith("mailto:")) {
                    continue;
                }
                URI next = URI.create(url).resolve(f);
                if (!next.getAuthority().equals(URI.create(proxy.base()).getAuthority())) {
                    continue;
                }
                if (!next.getRawPath().startsWith("/buurtstem/")) {
                    outside.add(url + " links to " + next);
                    continue;
                }
                String path = next.getRawPath();
                if (path.startsWith("/buurtstem/beheer/") || path.startsWith("/buurtstem/api/")) {
                    continue;
                }
                if (seen.add(next.toString())) {
                    todo.add(next.toString());
                }
            }
        }
        assertEquals(List.of(), outside, "links that leave the node's part of the site");
        assertEquals(List.of(), broken, "broken links");
        assertTrue(pages > 50, "followed " + pages + " pages");
        assertTrue(seen.stream().anyMatch(u -> u.contains("/doc/peiling/")), "reached a poll page");
        assertTrue(seen.stream().anyMatch(u -> u.endsWith("/def/")), "reached the vocabulary");
        assertTrue(seen.stream().anyMatch(u -> u.contains("/sparql-ui/vendor/yasgui.min.js")), "the query page's code");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
