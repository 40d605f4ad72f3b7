package nl.buurtstem.opendata.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
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
 * The alert channel is down (the chat service answers 503, the mail server restarts): staff still get every alert
 * once it is back, exactly once, in order, also when the central node restarted in between.
 */
@Tag("slow")
class AlarmKomtAlsnogAanTest {

    @AutoClose
    private final WebhookOntvanger webhook;

    @RegisterExtension
    final DraaiendeCentrale centrale;

    private Beheer beheer;

    // The receivers are up before the node starts and @AutoClose closes them only after it stopped.
    AlarmKomtAlsnogAanTest() throws IOException {
        webhook = new WebhookOntvanger();
        FleetSettings settings = FleetSettings.defaults()
                .withTimes(
                        Duration.ofSeconds(1),
                        Duration.ofMillis(1500),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(4),
                        Duration.ofMillis(200))
                .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .withWebhook(webhook.url());
        centrale = new DraaiendeCentrale(node -> node.fleet(settings));
    }

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void an_alert_the_webhook_refused_is_delivered_once_it_answers_again() throws Exception {
        webhook.refuseNext(3);
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019310");

        kiosk.heartbeat(0, 84.0);

        Await.await(() -> webhook.about(kiosk.id, "alert", "overheating"), l -> !l.isEmpty());
        String note = Await.await(() -> melding(kiosk.id), m -> m.contains("webhook 204"));
        assertTrue(
                note.contains("webhook failed: webhook answered 503; trying again")
                        && note.contains("webhook 204 at try 4"),
                note);
        centrale.wachtOpRondes("alarmen", 4); // a few more rounds: nothing is sent twice
        assertEquals(1, webhook.about(kiosk.id, "alert", "overheating").size());
    }

    @Test
    void alert_and_recovery_made_while_the_webhook_was_down_arrive_in_order_after_a_restart() throws Exception {
        webhook.down();
        TestKiosk kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Pelikaan", "WK019313");
        kiosk.heartbeat(0, 84.0);
        Await.await(() -> melding(kiosk.id), m -> m.contains("trying again"));
        kiosk.heartbeat(0, 55.0);
        Await.await(() -> alertLog(kiosk.id).path(0).path("gesloten").asText(""), closed -> !closed.isEmpty());

        centrale.herstart();
        webhook.up();

        List<JsonNode> received = Await.await(
                () -> webhook.received().stream()
                        .filter(j -> j.path("kiosk").path("id").asText().equals(kiosk.id))
                        .filter(j -> j.path("type").asText().equals("overheating"))
                        .toList(),
                l -> l.size() >= 2);
        assertEquals(
                List.of("alert", "recovery"),
                received.stream().map(j -> j.path("event").asText()).toList());
        centrale.wachtOpRondes("alarmen", 4); // a few more rounds: nothing is sent twice
        assertEquals(
                2,
                webhook.received().stream()
                        .filter(j -> j.path("kiosk").path("id").asText().equals(kiosk.id))
                        // A slow restart may rightly add an offline alarm; this one must not come twice.
                        .filter(j -> j.path("type").asText().equals("overheating"))
                        .count(),
                () -> webhook.received().toString());
    }

    private JsonNode alertLog(String kioskId) throws Exception {
        return beheer.get("/api/beheer/kiosks/" + kioskId).path("alertLog");
    }

    private String melding(String kioskId) throws Exception {
        return alertLog(kioskId).path(0).path("melding").asText("");
    }
}
