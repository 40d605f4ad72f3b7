package nl.buurtstem.opendata.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every answer of the central node, whatever answers it (a page, the open data, SPARQL, a file, a refusal), tells the
 * browser to run only the node's own scripts, never to show it in another site's frame, not to guess content types
 * and not to pass addresses on; behind a TLS proxy the node trusts, the login cookie is Secure and HSTS is on.
 */
class ElkAntwoordBeschermtDeBrowserTest {

    private static final List<String> PADEN = List.of(
            "/",
            "/peilingen",
            "/doc/peiling/speelplek-diezerpoort",
            "/id/wijk/WK019311",
            "/sparql",
            "/sparql?query=ASK%7B%7D",
            "/sparql?query=kapot",
            "/sparql-ui/query.js",
            "/catalogus",
            "/dumps",
            "/assets/central.css",
            "/beheer/login",
            "/beheer/inhoud",
            "/beheer/kiosks/",
            "/api/beheer/ik",
            "/api/sync/v1/status",
            "/api/release/v1/manifest.json",
            "/health",
            "/bestaat-niet");

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @RegisterExtension
    static final DraaiendeCentrale achterProxy = new DraaiendeCentrale(
            node -> node.baseUri("https://buurtstem.example/").trustedProxies(List.of("127.0.0.1", "0:0:0:0:0:0:0:1")));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_answer_carries_the_browser_protections() throws Exception {
        for (String pad : PADEN) {
            for (String accept : List.of("text/html", "application/json")) {
                HttpResponse<String> r = get(centrale.url(), pad, Map.of("Accept", accept));
                HttpHeaders h = r.headers();
                String csp = h.firstValue("Content-Security-Policy").orElse("");
                String wat = pad + " (" + accept + ", " + r.statusCode() + ")";
                assertTrue(csp.contains("frame-ancestors 'none'"), wat + ": " + csp);
                assertTrue(csp.contains("script-src 'self'"), wat + ": " + csp);
                assertTrue(csp.contains("default-src 'self'"), wat + ": " + csp);
                assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), wat + ": " + csp);
                assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), wat);
                assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""), wat);
                assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), wat);
                assertTrue(h.firstValue("Strict-Transport-Security").isEmpty(), wat + ": HSTS over plain HTTP");
            }
        }
    }

    @Test
    void behind_a_trusted_tls_proxy_the_login_cookie_is_secure_and_hsts_is_on() throws Exception {
        Map<String, String> viaProxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "buurtstem.example");

        HttpResponse<String> pagina = get(achterProxy.url(), "/beheer/login", viaProxy);
        HttpResponse<String> login = login(achterProxy, "https://buurtstem.example", viaProxy);
        HttpResponse<String> zonderTls = login(achterProxy, achterProxy.url().replaceAll("/$", ""), Map.of());

        assertTrue(
                pagina.headers()
                        .firstValue("Strict-Transport-Security")
                        .orElse("")
                        .contains("max-age="),
                pagina.headers().toString());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(cookie(login).contains("Secure"), cookie(login));
        assertTrue(cookie(login).contains("HttpOnly"), cookie(login));
        assertEquals(200, zonderTls.statusCode(), zonderTls.body());
        assertFalse(cookie(zonderTls).contains("Secure"), cookie(zonderTls));
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_are_ignored() throws Exception {
        Map<String, String> nep = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "buurtstem.example");

        HttpResponse<String> pagina = get(centrale.url(), "/beheer/login", nep);
        HttpResponse<String> login = login(centrale, "https://buurtstem.example", nep);

        assertTrue(pagina.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertEquals(403, login.statusCode(), "the claimed host is not this node's: " + login.body());
    }

    @Test
    void a_large_page_asked_for_gzipped_arrives_whole() throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "doc/peiling/speelplek-diezerpoort"))
                        .header("Accept", "text/html")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, r.statusCode());
        String html = "gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))
                ? gunzip(r.body())
                : new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.strip().endsWith("</html>"), html);
    }

    private HttpResponse<String> login(DraaiendeCentrale node, String origin, Map<String, String> headers)
            throws Exception {
        String wachtwoord = Beheer.beheerderswachtwoord(node.data());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url() + "api/beheer/login"))
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"" + wachtwoord + "\"}"));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String base, String pad, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pad.substring(1)));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("buurtstem_sessie="))
                .findFirst()
                .orElse("");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
