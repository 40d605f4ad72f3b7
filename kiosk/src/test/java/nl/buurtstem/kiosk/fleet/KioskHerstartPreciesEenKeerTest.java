package nl.buurtstem.kiosk.fleet;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff restart a kiosk's app from the dashboard and it restarts exactly once: also when the heartbeat reply carrying
 * the restart never reached the kiosk, when the restart ends the app before it could say so, and when the kiosk,
 * started again, gets the same restart handed out again.
 */
@Tag("slow")
class KioskHerstartPreciesEenKeerTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private Centrale centrale;
    private KioskNode kiosk;
    private String kioskId;
    private Path herstarts;

    @BeforeEach
    void start() {
        gemeente = Gemeente.startMetSnelleVlootbewaking(centralData, Duration.ofSeconds(1));
        centrale = gemeente.centrale();
        herstarts = kioskData.resolve("herstarts");
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
    }

    @Test
    void restart_whose_heartbeat_reply_was_lost_still_happens_once() throws Exception {
        try (VerlorenAntwoord wifi = new VerlorenAntwoord(gemeente.port(), "\"restart-app\"")) {
            Registratie registratie = centrale.registreer("Buurthuis De Kroon", wifi.url());
            kiosk = start(registratie, List.of("sh", "-c", "echo herstart >> '" + herstarts + "'"));
            await(
                    this::kioskPage,
                    p -> "online".equals(p.path("status").path("code").asText()));

            String id = askRestart();

            JsonNode actie = await(
                    "the restart's outcome at the central node",
                    () -> actie(id),
                    a -> a.path("ok").isBoolean());
            assertEquals(1, wifi.dropped(), "the first reply carrying the restart was lost");
            assertTrue(actie.path("ok").asBoolean(), actie.toString());
            assertTrue(actie.path("bericht").asText().contains("started"), actie.toString());
            twoMoreHeartbeats();
            assertEquals(List.of("herstart"), Files.readAllLines(herstarts), "restarted once");
        }
    }

    @Test
    void kiosk_back_from_the_restart_does_not_restart_again() throws Exception {
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        // As systemctl restart does to the app that runs it: the command does not return before the app is stopped.
        List<String> restart = List.of("sh", "-c", "echo herstart >> '" + herstarts + "' && exec sleep 600");
        kiosk = start(registratie, restart);
        await(
                this::kioskPage,
                p -> "online".equals(p.path("status").path("code").asText()));

        String id = askRestart();
        await(() -> Files.exists(herstarts), b -> b);
        kiosk.stop();
        kiosk = null;
        JsonNode open = actie(id);
        assertTrue(
                open.path("klaar").isNull() && !open.path("verstuurd").isNull(),
                "the central node never heard the outcome, so it hands the restart out again: " + open);

        kiosk = start(registratie, restart);

        JsonNode actie = await(() -> actie(id), a -> a.path("ok").isBoolean());
        assertTrue(actie.path("ok").asBoolean(), actie.toString());
        assertTrue(actie.path("bericht").asText().contains("started again"), actie.toString());
        twoMoreHeartbeats();
        assertEquals(List.of("herstart"), Files.readAllLines(herstarts), "restarted once, not again after coming back");
    }

    @Test
    void kiosk_that_restarted_and_gets_the_same_restart_again_does_not_restart_again() throws Exception {
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        List<String> restart = List.of("sh", "-c", "echo herstart >> '" + herstarts + "'");
        kiosk = start(registratie, restart);
        await(
                this::kioskPage,
                p -> "online".equals(p.path("status").path("code").asText()));
        String id = askRestart();
        await(() -> actie(id), a -> a.path("ok").isBoolean());
        kiosk.stop();
        kiosk = null;

        // The central node is restored from a backup made after it handed the restart out, before the outcome came.
        gemeente.uitvallen();
        assertEquals(
                1,
                centrale.wijzig("UPDATE kiosk_actie SET klaar_at = NULL, ok = NULL, bericht = NULL WHERE id = ?", id));
        gemeente.restart();
        kiosk = start(registratie, restart);

        JsonNode actie = await(() -> actie(id), a -> a.path("ok").isBoolean());
        assertTrue(actie.path("ok").asBoolean(), "the kiosk reports again how the restart went: " + actie);
        twoMoreHeartbeats();
        assertEquals(List.of("herstart"), Files.readAllLines(herstarts), "the same restart is not carried out twice");
    }

    private KioskNode start(Registratie registratie, List<String> restart) {
        kioskId = registratie.kioskId();
        FleetSettings fleet = FleetSettings.forThisMachine()
                .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(90), Duration.ofSeconds(120))
                .withCommands(List.of(), restart, List.of(), List.of());
        return registratie
                .kiosk(kioskData)
                .syncInterval(Duration.ofMillis(300))
                .fleet(fleet)
                .build()
                .start();
    }

    private String askRestart() throws Exception {
        HttpResponse<String> asked = centrale.beheer().vraagActie(kioskId, "{\"type\":\"restart-app\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        return JSON.readTree(asked.body()).path("id").asText();
    }

    /** Time for the central node to hand the restart out again, had it not heard the outcome. */
    private void twoMoreHeartbeats() throws Exception {
        Instant now =
                Instant.parse(kioskPage().path("hartslag").path("receivedAt").asText());
        Instant next = await(
                () -> Instant.parse(
                        kioskPage().path("hartslag").path("receivedAt").asText()),
                t -> t.isAfter(now));
        await(
                () -> Instant.parse(
                        kioskPage().path("hartslag").path("receivedAt").asText()),
                t -> t.isAfter(next));
    }

    private JsonNode actie(String id) throws Exception {
        for (JsonNode actie : kioskPage().path("acties")) {
            if (actie.path("id").asText().equals(id)) {
                return actie;
            }
        }
        throw new AssertionError("the dashboard does not list action " + id);
    }

    private JsonNode kioskPage() throws Exception {
        return centrale.beheer().kiosk(kioskId);
    }
}
