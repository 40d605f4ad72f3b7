package nl.buurtstem.opendata.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.SmtpOntvanger;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.WebhookOntvanger;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff see a kiosk that stops sending heartbeats turn late, then offline, get one alert by webhook and by mail,
 * and a recovery notice when it comes back; on a real central node, a real HTTP receiver and a real SMTP listener.
 */
@Tag("slow")
class BeheerderZietKioskUitvallenTest {

    @AutoClose
    private final WebhookOntvanger webhook;

    @AutoClose
    private final SmtpOntvanger smtp;

    @RegisterExtension
    final DraaiendeCentrale centrale;

    private Beheer beheer;

    // The receivers are up before the node starts and @AutoClose closes them only after it stopped.
    BeheerderZietKioskUitvallenTest() throws IOException {
        webhook = new WebhookOntvanger();
        smtp = new SmtpOntvanger();
        FleetSettings settings = FleetSettings.defaults()
                .withTimes(
                        Duration.ofSeconds(1),
                        Duration.ofMillis(1500),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(4),
                        Duration.ofMillis(200))
                .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .withWebhook(webhook.url())
                .withSmtp(new FleetSettings.Smtp(
                        "127.0.0.1",
                        smtp.port(),
                        "kiosks@zwolle.example",
                        List.of("beheer@zwolle.example"),
                        null,
                        null));
        centrale = new DraaiendeCentrale(node -> node.fleet(settings));
    }

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void silent_kiosk_turns_offline_alerts_once_and_sends_a_recovery_notice() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
        AtomicBoolean beating = new AtomicBoolean(true);
        Thread heart = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (beating.get()) {
                        kiosk.heartbeat(0, 48.5);
                    }
                    // A kiosk beats on its own schedule, not on a condition: this paces the simulated heartbeat.
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the central node is stopping
                }
            }
        });
        heart.start();
        try {
            assertEquals("online", Await.await(() -> beheer.status(kiosk.id), "online"::equals));

            beating.set(false);
            assertEquals(
                    "laat",
                    Await.await(() -> beheer.status(kiosk.id), s -> !s.equals("online")),
                    "a kiosk that just missed its heartbeats is late before it is offline");
            assertEquals("offline", Await.await(() -> beheer.status(kiosk.id), "offline"::equals));
            List<JsonNode> alerts = Await.await(() -> webhook.about(kiosk.id, "alert", "offline"), l -> !l.isEmpty());
            assertEquals(1, alerts.size());
            assertTrue(alerts.getFirst().path("text").asText().contains("Buurthuis De Kroon"), alerts.toString());
            Await.await(smtp::mails, m -> !m.isEmpty());
            assertTrue(
                    smtp.mails().getFirst().subject().startsWith("Alarm: Kiosk offline"),
                    smtp.mails().toString());

            beating.set(true);
            Await.await(
                    "the recovery notice by webhook",
                    () -> webhook.about(kiosk.id, "recovery", "offline"),
                    l -> !l.isEmpty());
            assertEquals("online", beheer.status(kiosk.id));
            assertEquals(
                    1,
                    webhook.about(kiosk.id, "alert", "offline").size(),
                    "the alert rules ran many times while the kiosk was offline, yet staff were told once");
            assertEquals(2, Await.await(smtp::mails, m -> m.size() >= 2).size());
            assertTrue(
                    smtp.mails().get(1).subject().startsWith("Hersteld:"),
                    smtp.mails().toString());

            JsonNode log = beheer.get("/api/beheer/alarmen");
            assertEquals(1, log.size());
            assertTrue(log.get(0).path("gesloten").isTextual(), "the alert log shows the alert as closed");
            assertTrue(log.get(0).path("melding").asText().contains("webhook 204"), log.toString());
            JsonNode page = beheer.get("/api/beheer/kiosks/" + kiosk.id);
            assertTrue(page.path("gebeurtenissen").toString().contains("Weer bereikbaar"), page.toString());
        } finally {
            heart.interrupt();
            heart.join();
        }
    }

    @Test
    void overheating_kiosk_alerts_and_recovers_when_it_cools_down() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019310");
        kiosk.heartbeat(0, 84.0);
        Await.await(() -> webhook.about(kiosk.id, "alert", "overheating"), l -> !l.isEmpty());
        assertTrue(beheer.get("/api/beheer/kiosks").toString().contains("Kiosk is te heet"));

        kiosk.heartbeat(0, 55.0);
        assertEquals(
                1,
                Await.await(() -> webhook.about(kiosk.id, "recovery", "overheating"), l -> !l.isEmpty())
                        .size());
    }

    @Test
    void dead_kiosk_page_and_full_disk_each_raise_their_own_alert() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Pelikaan", "WK019313");
        kiosk.heartbeat("{\"software\":\"0.1.0\",\"outbox\":0,\"pageAlive\":false,\"underVoltage\":true,"
                + "\"diskFreeBytes\":100000000,\"diskTotalBytes\":16000000000}");
        Await.await(
                "the browser-dead alert", () -> webhook.about(kiosk.id, "alert", "browser-dead"), l -> !l.isEmpty());
        Await.await("the disk-full alert", () -> webhook.about(kiosk.id, "alert", "disk-full"), l -> !l.isEmpty());
        Await.await(
                "the under-voltage alert", () -> webhook.about(kiosk.id, "alert", "under-voltage"), l -> !l.isEmpty());
        JsonNode hartslag = beheer.get("/api/beheer/kiosks/" + kiosk.id).path("hartslag");
        assertTrue(
                hartslag.path("cpuTemperature").isNull(),
                "a temperature the kiosk could not measure stays unknown, never zero: " + hartslag);
    }

    @Test
    void growing_outbox_raises_an_alert() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Holtenbroek", "WK019330");
        for (long depth : new long[] {40, 55, 70, 90}) {
            kiosk.heartbeat(depth, 50.0);
        }
        List<JsonNode> alerts =
                Await.await(() -> webhook.about(kiosk.id, "alert", "outbox-growing"), l -> !l.isEmpty());
        assertTrue(
                alerts.getFirst().path("detail").asText().matches("(70|90) gebeurtenissen wachten op verzending"),
                alerts.toString());
    }
}
