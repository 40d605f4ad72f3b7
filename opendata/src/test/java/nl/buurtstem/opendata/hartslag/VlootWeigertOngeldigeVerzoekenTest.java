package nl.buurtstem.opendata.hartslag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.RauweVerbinding;
import nl.buurtstem.opendata.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad heartbeats, uploads and requests are refused with a problem body (RFC 9457), never a 500. */
@Tag("slow")
class VlootWeigertOngeldigeVerzoekenTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()));

    private Beheer beheer;
    private TestKiosk kiosk;

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
        kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
    }

    private static void assertProblem(int status, String type, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertEquals(
                "/problems/" + type, Beheer.JSON.readTree(r.body()).path("type").asText(), r.body());
    }

    @Test
    void a_refusal_before_the_body_is_read_leaves_the_connection_open() throws Exception {
        // A script with a wrong key is refused on its headers alone. Its body, sent a moment after them, must still
        // be read, or the server drops the kept-alive connection and the client's next request on it fails unanswered.
        try (RauweVerbinding connection = new RauweVerbinding(centrale.url())) {
            assertEquals(
                    "HTTP/1.1 401 Unauthorized",
                    connection.postMetLateBody(
                            "/api/beheer/kiosks",
                            "application/json",
                            "{\"naam\":\"Buurthuis Het Anker\",\"wijk\":\"WK019310\"}",
                            Duration.ofMillis(300)));

            assertEquals("HTTP/1.1 200 OK", connection.get("/health", "application/json"));
        }
    }

    @Test
    void malformed_or_unsigned_heartbeats_are_refused() throws Exception {
        assertProblem(
                400,
                "malformed-json",
                kiosk.post(
                        "/api/sync/v1/heartbeat",
                        "{\"outbox\": \"veel\"".getBytes(StandardCharsets.UTF_8),
                        "application/json"));
        HttpResponse<String> unsigned = beheer.http.send(
                HttpRequest.newBuilder(URI.create(beheer.base + "/api/sync/v1/heartbeat"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(401, "unsigned", unsigned);
    }

    @Test
    void screenshots_must_be_png_and_asked_of_this_kiosk() throws Exception {
        TestKiosk ander = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019310");
        String actie = Beheer.JSON
                .readTree(beheer.post("/api/beheer/kiosks/" + kiosk.id + "/acties", "{\"type\":\"screenshot\"}")
                        .body())
                .path("id")
                .asText();
        assertProblem(
                415,
                "not-png",
                kiosk.post(
                        "/api/sync/v1/screenshot/" + actie,
                        "<html>geen plaatje</html>".getBytes(StandardCharsets.UTF_8),
                        "image/png"));
        assertProblem(
                404,
                "not-found",
                ander.post(
                        "/api/sync/v1/screenshot/" + actie,
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0},
                        "image/png"));
    }

    @Test
    void unknown_actions_and_overlong_messages_are_refused() throws Exception {
        String path = "/api/beheer/kiosks/" + kiosk.id + "/acties";
        int auditBefore = beheer.get("/api/beheer/audit?soort=kiosk").size();
        assertProblem(400, "unknown-action", beheer.post(path, "{\"type\":\"format-disk\"}"));
        assertProblem(
                400,
                "invalid-message",
                beheer.post(path, "{\"type\":\"show-message\",\"text\":\"" + "a".repeat(281) + "\"}"));
        assertProblem(
                400,
                "invalid-message",
                beheer.post(path, "{\"type\":\"show-message\",\"text\":\"Hallo\",\"seconds\":2}"));
        assertProblem(
                404,
                "not-found",
                beheer.post("/api/beheer/kiosks/kiosk-bestaatniet/acties", "{\"type\":\"reload-page\"}"));
        assertEquals(
                auditBefore,
                beheer.get("/api/beheer/audit?soort=kiosk").size(),
                "refused requests leave nothing in the audit log");
    }

    @Test
    void revoked_kiosk_shows_as_revoked_and_its_heartbeats_are_refused() throws Exception {
        kiosk.heartbeat(0, 50.0);
        assertEquals(
                204,
                beheer.post("/api/beheer/kiosks/" + kiosk.id + "/intrekken", "{\"reden\":\"gestolen\"}")
                        .statusCode());
        assertEquals("ingetrokken", beheer.status(kiosk.id));
        HttpResponse<String> refused = kiosk.post(
                "/api/sync/v1/heartbeat",
                KioskBerichten.healthy(0, 50.0).getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertProblem(403, "kiosk-revoked", refused);
        assertProblem(
                409,
                "kiosk-revoked",
                beheer.post("/api/beheer/kiosks/" + kiosk.id + "/acties", "{\"type\":\"reload-page\"}"));
        JsonNode page = beheer.get("/api/beheer/kiosks/" + kiosk.id);
        assertEquals("gestolen", page.path("revokedReason").asText());
    }

    @Test
    void the_central_node_alone_makes_boot_cards_and_only_a_missing_release_stops_it_registering_nothing()
            throws Exception {
        JsonNode kan = beheer.get("/api/beheer/opstartkaart");
        HttpResponse<String> refused =
                beheer.post("/api/beheer/opstartkaart", "{\"naam\":\"Buurthuis Het Anker\",\"wijk\":\"WK019310\"}");

        assertEquals("geen-release", kan.path("reden").asText(), kan.toString());
        assertProblem(409, "cannot-make-boot-card", refused);
        assertTrue(refused.body().contains("docs/guides/it.md"), refused.body());
        assertEquals(1, beheer.get("/api/beheer/kiosks").path("kiosks").size(), "only the kiosk enrolled before");
    }
}
