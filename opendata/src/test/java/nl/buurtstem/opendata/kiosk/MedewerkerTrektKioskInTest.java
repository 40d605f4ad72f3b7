package nl.buurtstem.opendata.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A kiosk is stolen: staff revoke it, it is refused from that moment, and staff see why it no longer syncs. */
@Tag("slow")
class MedewerkerTrektKioskInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REDEN = "Gestolen uit buurthuis De Kroon, aangifte gedaan";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private TestKiosk kiosk;
    private Beheer beheer;
    private final HttpClient http = HttpClient.newHttpClient();

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureLogsAndEnroll() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        originalErr.write(b);
                        log.write(b);
                    }
                },
                true));
        kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    @Test
    void a_revoked_kiosk_is_refused_at_once_and_staff_see_the_reason() throws Exception {
        assertEquals(
                200,
                kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, 3)).statusCode());

        assertEquals(204, beheer.trekKioskIn(kiosk.id, REDEN).statusCode());
        HttpResponse<String> refused = kiosk.post("/api/sync/v1/events", KioskBerichten.answers(4, 6));

        assertEquals(403, refused.statusCode());
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("/problems/kiosk-revoked", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains(REDEN));
        assertEquals(403, kiosk.content().statusCode());

        JsonNode listed = find(beheer.get("/api/beheer/kiosks").path("kiosks"), kiosk.id);
        assertEquals(REDEN, listed.get("revokedReason").asText());
        JsonNode sync = beheer.get("/api/beheer/sync/kiosks/" + kiosk.id);
        assertEquals(REDEN, sync.get("revokedReason").asText());
        assertEquals("kiosk-revoked", sync.get("lastRefusal").get("type").asText());
        assertEquals(2, sync.get("lastRefusal").get("times").asInt());
        assertEquals(3, sync.get("acknowledged").asLong());
        Telling telling = new Telling(centrale.node());
        assertEquals(3, telling.inDatabase(kiosk.id));
        assertEquals(3, telling.awaitSparql(kiosk.id, n -> n == 3));
    }

    @Test
    void a_batch_signed_with_a_wrong_key_is_refused_noted_for_staff_and_never_shows_a_secret() throws Exception {
        HttpResponse<String> refused = kiosk.send(
                "POST",
                "/api/sync/v1/events",
                KioskBerichten.answers(1, 2),
                "gestolen-of-geraden-sleutel",
                System.currentTimeMillis());

        assertEquals(401, refused.statusCode());
        String overview = beheer.send("GET", "/api/beheer/sync/kiosks", null).body();
        JsonNode sync = find(JSON.readTree(overview), kiosk.id);
        // A wrong signature proves nothing about the kiosk: counted apart, labelled, never its "last refusal".
        assertTrue(sync.get("lastRefusal").isNull(), sync.toString());
        assertEquals(1, sync.get("unprovenRefusals").get("times").asInt());
        assertEquals(0, sync.get("acknowledged").asLong());
        String everythingSaid = refused.body()
                + overview
                + beheer.send("GET", "/api/beheer/kiosks", null).body()
                + logs();
        assertFalse(everythingSaid.contains(kiosk.secret), "the kiosk's secret leaked");
        assertFalse(everythingSaid.contains("gestolen-of-geraden-sleutel"), "the wrong key was echoed");
        assertEquals(0, new Telling(centrale.node()).inDatabase(kiosk.id));
    }

    @Test
    void the_sync_overview_needs_the_staff_key() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "api/beheer/sync/kiosks"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode k : list) {
            if (id.equals(k.path("id").asText(k.path("kioskId").asText()))) {
                return k;
            }
        }
        throw new AssertionError("kiosk " + id + " not listed in " + list);
    }

    /** What the central node logged during the test (slf4j-simple writes to standard error). */
    private String logs() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
