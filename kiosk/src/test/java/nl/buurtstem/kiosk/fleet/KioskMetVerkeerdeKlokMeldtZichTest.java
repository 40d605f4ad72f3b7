package nl.buurtstem.kiosk.fleet;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.kiosk.sync.Credentials;
import nl.buurtstem.kiosk.sync.SignedClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk boots with its clock two hours behind (no network time yet). Its sync and its heartbeats sign through one
 * client: the central node's first refusal teaches it the time, and the heartbeat after it is accepted at once.
 */
class KioskMetVerkeerdeKlokMeldtZichTest {

    @TempDir
    Path centralData;

    private Gemeente gemeente;

    @AfterEach
    void stop() {
        gemeente.stop();
    }

    @Test
    void sync_and_heartbeat_learn_the_central_nodes_time_once_between_them() throws Exception {
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        Credentials me = enroll(centrale, registratie);
        SignedClient central =
                new SignedClient(JSON, centrale.url(), Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));

        HttpResponse<byte[]> status =
                central.send(me, "GET", "/api/sync/v1/status", new byte[0], "application/json", null);
        assertEquals(200, status.statusCode(), new String(status.body()));
        new HartslagClient(JSON, central).heartbeat(me, "{\"software\":\"test\"}".getBytes());

        assertEquals(
                List.of("stale-timestamp 1"),
                centrale.rijen("SELECT type || ' ' || times FROM sync_refusal"),
                "refused once for its clock, by the sync; the heartbeat went by the time it learnt");
    }

    private static Credentials enroll(Centrale centrale, Registratie registratie) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(centrale.url() + "api/sync/v1/enroll"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\""
                                        + registratie.config().enrollmentToken() + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readValue(response.body(), Credentials.class);
    }
}
