package nl.buurtstem.opendata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff use the fleet dashboard in Debian's Chromium (src/test/browser-fleet, Node + playwright-core) against a
 * real central node: one simulated kiosk beats and answers remote actions, one beats while too hot, one went silent,
 * one never connected.
 */
@Tag("slow")
@Tag("ui")
class BeheerderBekijktVlootInBrowserTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()
            .withTimes(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(3),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(5),
                    Duration.ofMillis(500))
            .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));

    private static final String REDACTEUR_WACHTWOORD = "rik-redigeert-2026";

    private Beheer beheer;
    private Thread heart;
    private Thread warm;

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @AfterEach
    void stopHeart() throws InterruptedException {
        for (Thread t : new Thread[] {heart, warm}) {
            if (t != null) {
                t.interrupt();
                t.join();
            }
        }
    }

    @Test
    void staff_read_the_fleet_and_get_a_screenshot_in_chromium() throws Exception {
        TestKiosk kroon = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
        TestKiosk anker = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019310");
        TestKiosk zolder = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Wijkcentrum De Zolder", "WK019330");
        beheer.post("/api/beheer/kiosks", "{\"naam\":\"Buurthuis Nog Niet Aangesloten\",\"wijk\":\"WK019313\"}");
        beheer.voegMedewerkerToe("rik", "Rik Redacteur", "redacteur", REDACTEUR_WACHTWOORD);
        anker.heartbeat(0, 50.0);
        heart = new Thread(() -> beatAndAct(kroon), "kroon-heartbeat");
        heart.start();
        warm = new Thread(() -> beatTooHot(zolder), "zolder-heartbeat");
        warm.start();
        Await.await(() -> beheer.status(anker.id), "offline"::equals);
        Await.await(
                () -> beheer.get("/api/beheer/kiosks/" + anker.id)
                        .path("alerts")
                        .size(),
                n -> n > 0);

        Command.Result result = new BrowserSuite("src/test/browser-fleet")
                .run(
                        "fleet.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "ADMIN_PASSWORD",
                                Beheer.beheerderswachtwoord(centrale.data()),
                                "KIOSK_ONLINE",
                                kroon.id,
                                "KIOSK_OFFLINE",
                                anker.id,
                                "KIOSK_TE_HEET",
                                zolder.id,
                                "REDACTEUR_WACHTWOORD",
                                REDACTEUR_WACHTWOORD,
                                "ARTEFACTS",
                                Path.of("target-browser-fleet").toAbsolutePath().toString()));
        assertEquals(0, result.exit(), result.output());
    }

    /** The simulated kiosk: heartbeats, uploads a PNG when a screenshot is asked, reports results next time. */
    private static void beatAndAct(TestKiosk kiosk) {
        List<String> results = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String body = "{\"software\":\"0.1.0-test\",\"uptimeSeconds\":3600,\"outbox\":0,\"answersToday\":7,"
                        + "\"dataPartition\":false,\"rootReadOnly\":false,"
                        + "\"pageAlive\":true,\"screenOn\":true,\"results\":[" + String.join(",", results) + "]}";
                JsonNode reply = kiosk.heartbeat(body);
                results.clear();
                for (JsonNode action : reply.path("actions")) {
                    String id = action.path("id").asText();
                    if (action.path("type").asText().equals("screenshot")) {
                        kiosk.post("/api/sync/v1/screenshot/" + id, png(), "image/png");
                    }
                    results.add("{\"action\":\"" + id + "\",\"ok\":true,\"message\":\"ok\"}");
                }
                // A kiosk beats on its own schedule, not on a condition: this paces the simulated heartbeat.
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the central node is stopping
            }
        }
    }

    /** A kiosk that works but runs at 91 °C, every 300 ms like the other. */
    private static void beatTooHot(TestKiosk kiosk) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                kiosk.heartbeat(0, 91.0);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the central node is stopping
            }
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d3557));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.drawString("Buurtstem kiosk", 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
