package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.BrowserSuite;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/voorvertoning.test.mjs): a redacteur drafts a poll and a plan and sees
 * each on the kiosk's own page at 800×480, 720×1280 and 1920×1080. The preview publishes nothing: afterwards the draft is not in a
 * Diezerpoort kiosk's content feed nor in SPARQL, and without a login the preview shows nothing of it.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerBekijktPeilingOpKioskTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String VRAAG = "Zullen we een moestuin beginnen naast het buurthuis?";
    private static final String PLAN = "Een moestuin achter het buurthuis";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_redacteur_previews_a_draft_poll_on_the_kiosk_screens_and_no_kiosk_gets_it() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        HttpResponse<String> ria = beheer.post(
                "/api/beheer/medewerkers",
                Beheer.JSON.writeValueAsString(Map.of(
                        "gebruikersnaam", "ria",
                        "naam", "Ria Redacteur",
                        "rol", "redacteur",
                        "wachtwoord", WACHTWOORD)));
        assertEquals(201, ria.statusCode(), ria.body());

        BrowserSuite.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "voorvertoning.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "REDACTEUR",
                                "ria",
                                "WACHTWOORD",
                                WACHTWOORD,
                                "ARTEFACTS",
                                "../../../target/browser-beheer"));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("PEILING=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        HttpResponse<String> content =
                kiosk.send("GET", "/api/sync/v1/content", "", kiosk.secret, System.currentTimeMillis());
        assertEquals(200, content.statusCode(), content.body());
        JsonNode feed = Beheer.JSON.readTree(content.body());
        assertTrue(feed.path("peilingen").isArray(), "the feed has its polls: " + feed);
        for (JsonNode p : feed.path("peilingen")) {
            assertFalse(id.group(1).equals(p.path("id").asText()), "a previewed draft stays off the kiosks: " + feed);
            assertFalse(VRAAG.equals(p.path("vraag").asText()), "a previewed draft stays off the kiosks: " + feed);
        }
        assertFalse(inSparql(VRAAG), "a previewed draft is not in the open data");
        Matcher plan = Pattern.compile("PLAN=([a-z0-9-]+)").matcher(result.output());
        assertTrue(plan.find(), result.output());
        for (JsonNode p : feed.path("plannen")) {
            assertFalse(plan.group(1).equals(p.path("id").asText()), "a previewed draft plan stays off the kiosks");
        }
        assertFalse(inSparql(PLAN), "a previewed draft plan is not in the open data");

        HttpResponse<String> vreemde =
                beheer.unauthenticated("/beheer/voorbeeld/peiling/" + id.group(1) + "/kiosk/api/peilingen");
        assertFalse(vreemde.statusCode() == 200, "the preview is for logged-in staff: " + vreemde.statusCode());
        assertFalse(vreemde.body().contains(VRAAG), vreemde.body());
    }

    private boolean inSparql(String tekst) throws Exception {
        String query = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(isLiteral(?o) && STR(?o) = \"" + tekst
                + "\") }";
        HttpResponse<String> r = new Beheer(centrale.url(), centrale.data())
                .http.send(
                        HttpRequest.newBuilder(URI.create(centrale.url() + "sparql"))
                                .header("Accept", "application/sparql-results+json")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Beheer.JSON.readTree(r.body()).path("boolean").asBoolean();
    }
}
