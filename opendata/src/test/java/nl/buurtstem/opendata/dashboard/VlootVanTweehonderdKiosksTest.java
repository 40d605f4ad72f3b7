package nl.buurtstem.opendata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Promtool;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.WebhookOntvanger;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A simulated fleet of 200 kiosks heartbeating to a real central node; 15 go silent. Staff see exactly those
 * offline, one alert each reaches the webhook, and /metrics (checked by promtool) counts the same. Time is a clock the
 * test moves, so a busy machine that sends the beats slowly cannot make a beating kiosk look silent.
 */
@Tag("slow")
class VlootVanTweehonderdKiosksTest {

    private static final int KIOSKS = 200;
    private static final int SILENT = 15;
    private static final int THREADS = 8;
    private static final List<String> WIJKEN = List.of("WK019310", "WK019311", "WK019313", "WK019330", "WK019331");

    @AutoClose
    private final WebhookOntvanger webhook;

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale;

    private Beheer beheer;

    // The receivers are up before the node starts and @AutoClose closes them only after it stopped.
    VlootVanTweehonderdKiosksTest() throws IOException {
        webhook = new WebhookOntvanger();
        FleetSettings settings = FleetSettings.defaults()
                .withTimes(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(6),
                        Duration.ofSeconds(7),
                        Duration.ofMillis(500))
                .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .withWebhook(webhook.url());
        centrale = new DraaiendeCentrale(node -> node.fleet(settings).clock(klok));
    }

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void fleet_of_200_shows_the_silent_ones_offline_with_one_alert_each() throws Exception {
        List<TestKiosk> fleet = new ArrayList<>();
        for (int i = 0; i < KIOSKS; i++) {
            fleet.add(TestKiosk.enroll(
                    beheer.http, beheer.base, beheer.key, "Buurthuis " + i, WIJKEN.get(i % WIJKEN.size())));
        }
        Set<String> silent = fleet.subList(0, SILENT).stream().map(k -> k.id).collect(Collectors.toSet());

        beat(fleet);
        Map<String, Long> counts = Await.await(this::statusCounts, c -> c.getOrDefault("online", 0L) == KIOSKS);
        assertEquals(KIOSKS, counts.getOrDefault("online", 0L), counts.toString());

        // Five seconds on, all but the silent ones beat again; two more, and the silent ones last beat 7 s ago.
        klok.advance(Duration.ofSeconds(5));
        beat(fleet.stream().filter(k -> !silent.contains(k.id)).toList());
        klok.advance(Duration.ofSeconds(2));
        counts = Await.await(
                this::statusCounts,
                c -> c.getOrDefault("offline", 0L) == SILENT && c.getOrDefault("online", 0L) == KIOSKS - SILENT);
        assertEquals(SILENT, counts.getOrDefault("offline", 0L), counts.toString());
        assertEquals(KIOSKS - SILENT, counts.getOrDefault("online", 0L), counts.toString());

        List<JsonNode> alerts = Await.await(
                () -> webhook.received().stream()
                        .filter(j -> j.path("event").asText().equals("alert"))
                        .toList(),
                l -> l.size() >= SILENT);
        assertEquals(
                silent,
                alerts.stream().map(j -> j.path("kiosk").path("id").asText()).collect(Collectors.toSet()));
        assertEquals(SILENT, alerts.size(), "one alert per silent kiosk, none for the others");
        assertTrue(alerts.stream().allMatch(j -> j.path("type").asText().equals("offline")));

        HttpResponse<String> metrics = beheer.metrics();
        assertTrue(metrics.body().contains("buurtstem_fleet_kiosks{status=\"offline\"} " + SILENT), metrics.body());
        assertEquals(
                KIOSKS,
                metrics.body()
                        .lines()
                        .filter(l -> l.startsWith("buurtstem_kiosk_up{"))
                        .count());
        Promtool.check(metrics.body());
    }

    /** One heartbeat from each of these kiosks, eight at a time, as 200 buurthuizen would send them. */
    private static void beat(List<TestKiosk> kiosks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (TestKiosk kiosk : kiosks) {
                sent.add(threads.submit(() -> {
                    kiosk.heartbeat(0, 50.0);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Map<String, Long> statusCounts() throws Exception {
        List<String> statuses = new ArrayList<>();
        beheer.get("/api/beheer/kiosks")
                .path("kiosks")
                .forEach(k -> statuses.add(k.path("status").path("code").asText()));
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
