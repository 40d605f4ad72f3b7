package nl.buurtstem.opendata.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.WebhookOntvanger;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.LocalPostgres;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality that runs two central nodes on one PostgreSQL behind HAProxy, as its IT demands for maintenance
 * without downtime. Kiosks sync through the balancer; one node loses its power in the middle. Runs in the build's
 * PostgreSQL test run; it starts its own PostgreSQL, nodes and balancer.
 */
@EnabledIfSystemProperty(named = "buurtstem.store", matches = "postgresql")
@Tag("slow")
class GemeenteDraaitTweeCentralesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KIOSKS = 6;
    private static final long ANSWERS_EACH = 300;
    private static final int BATCH = 10;
    /** What the public may expect: a synced answer is in SPARQL on every node within this (see docs/ops/scale.md). */
    @TempDir
    Path root;

    @Test
    void a_node_killed_mid_sync_loses_no_answer_counts_none_twice_and_the_alarm_goes_out_once() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start(LocalPostgres.Durability.FAST);
                WebhookOntvanger webhook = new WebhookOntvanger()) {
            pg.createDatabase("gemeente");
            DatabaseAddress database = pg.address("gemeente");
            int balancerPort = FreePort.find();
            String base = "http://127.0.0.1:" + balancerPort + "/";
            Path dumps = Files.createDirectories(root.resolve("gedeelde-dumps"));
            List<String> common = List.of(
                    "--database",
                    pg.url("gemeente"),
                    "--base-uri",
                    base,
                    "--demo",
                    "--privacy-threshold",
                    "1",
                    // Answers reach SPARQL a second after they arrive, not after the demo's minute.
                    "--publicatieperiode",
                    "PT1S");
            Path dataA = nodeFolder("a", dumps, webhook.url());
            Path dataB = nodeFolder("b", dumps, webhook.url());
            try (CentraleProces a = CentraleProces.start(
                            FreePort.find(), root.resolve("a.log"), with(common, "--data", dataA));
                    CentraleProces b = CentraleProces.start(
                            FreePort.find(), root.resolve("b.log"), with(common, "--data", dataB));
                    HaProxy balancer = HaProxy.start(root, balancerPort, List.of(a.port(), b.port()))) {
                HttpClient http = HttpClient.newHttpClient();
                String staffKey = Beheer.sleutel(dataA);
                List<TestKiosk> kiosks = new ArrayList<>();
                for (int i = 1; i <= KIOSKS; i++) {
                    kiosks.add(TestKiosk.enroll(
                            http, base.replaceAll("/$", ""), staffKey, "Kiosk " + i, DemoContent.WIJK_DIEZERPOORT));
                }
                // One kiosk's power goes: it sent one heartbeat and stays silent. The others sync and keep beating.
                TestKiosk silent = kiosks.getFirst();
                silent.heartbeat(0, 45.0);
                List<TestKiosk> syncing = kiosks.subList(1, KIOSKS);
                Map<String, AtomicLong> acknowledged = new ConcurrentHashMap<>();
                AtomicBoolean beating = new AtomicBoolean(true);
                ExecutorService threads = Executors.newFixedThreadPool(syncing.size() + 1);
                List<Future<?>> syncs = new ArrayList<>();
                for (TestKiosk kiosk : syncing) {
                    AtomicLong acked = acknowledged.computeIfAbsent(kiosk.id, k -> new AtomicLong());
                    syncs.add(threads.submit(() -> syncAll(kiosk, acked)));
                }
                threads.submit(() -> keepBeating(syncing, beating));

                CentraleProces leader =
                        Await.await("a node to take the fleet alarms", () -> alarmLeader(a, b), l -> l != null);
                Await.await(() -> total(acknowledged), n -> n >= syncing.size() * ANSWERS_EACH / 2);
                leader.kill9();
                for (Future<?> sync : syncs) {
                    sync.get();
                }

                assertEquals(
                        1,
                        alarmen(Await.await(() -> webhook.about(silent.id, "alert", "offline"), l -> !l.isEmpty())),
                        "the silent kiosk's alarm arrived");
                leader.startAgain();
                for (TestKiosk kiosk : syncing) {
                    long acked = acknowledged.get(kiosk.id).get();
                    assertEquals(ANSWERS_EACH, acked, "every answer acknowledged in the end");
                    assertEquals(
                            acked,
                            new Telling(a.url(), base, database).inDatabase(kiosk.id),
                            "each acknowledged answer counted exactly once in the database");
                    for (CentraleProces node : List.of(a, b)) {
                        assertEquals(
                                acked,
                                new Telling(node.url(), base, database).awaitSparql(kiosk.id, n -> n == acked),
                                "SPARQL on " + node.url() + " shows the same count");
                    }
                }
                assertEquals(
                        1,
                        alarmen(webhook.about(silent.id, "alert", "offline")),
                        "one alarm went out, though the node watching the fleet was killed");
                assertTrue(
                        webhook.about(syncing.getFirst().id, "alert", "offline").isEmpty(),
                        "kiosks that kept beating raised no alarm");
                beating.set(false);
                threads.shutdown();
            }
        }
    }

    /** Sends answers 1..ANSWERS_EACH as a kiosk does: what is not acknowledged is sent again, whatever went wrong. */
    private static Void syncAll(TestKiosk kiosk, AtomicLong acked) throws Exception {
        while (acked.get() < ANSWERS_EACH) {
            long from = acked.get() + 1;
            long to = Math.min(from + BATCH - 1, ANSWERS_EACH);
            try {
                HttpResponse<String> r = kiosk.post(
                        "/api/sync/v1/events",
                        KioskBerichten.answers(from, to).getBytes(StandardCharsets.UTF_8),
                        "application/json");
                if (r.statusCode() == 200) {
                    acked.set(JSON.readTree(r.body()).get("acknowledged").asLong());
                }
            } catch (IOException cut) {
                // the node died under the request: the same answers go again
            }
        }
        return null;
    }

    private static Void keepBeating(List<TestKiosk> kiosks, AtomicBoolean beating) throws Exception {
        while (beating.get()) {
            Instant next = Instant.now().plusMillis(500);
            for (TestKiosk kiosk : kiosks) {
                try {
                    kiosk.heartbeat(0, 45.0);
                } catch (IOException | IllegalStateException missed) {
                    // one missed beat while a node dies is no alarm
                }
            }
            // A kiosk beats on its own schedule, not on a condition: this paces the simulated fleet's heartbeats.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), next).toMillis()));
        }
        return null;
    }

    /**
     * How many alarms the messages are about. A node killed after sending a message but before noting it leaves it to
     * the node that takes over, which sends it again with the same alertId (docs/ops/fleet.md): delivered at least
     * once, never lost. Two alertIds would be two alarms for one silence, which is what must not happen.
     */
    private static long alarmen(List<JsonNode> berichten) {
        return berichten.stream()
                .map(b -> b.path("alertId").asLong())
                .distinct()
                .count();
    }

    /** The node that took the fleet alarms for the cluster, by its log. */
    private static CentraleProces alarmLeader(CentraleProces a, CentraleProces b) throws IOException {
        for (CentraleProces node : List.of(a, b)) {
            if (Files.readString(node.log()).contains("now does 'alarmen'")) {
                return node;
            }
        }
        return null;
    }

    private static long total(Map<String, AtomicLong> acknowledged) {
        return acknowledged.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /**
     * A node's data folder: the same staff key and metrics token as its sibling (IT copies them), fleet alarms to the
     * webhook within seconds, and the dumps folder shared (one node writes it, both serve it).
     */
    private Path nodeFolder(String name, Path dumps, String webhookUrl) throws IOException {
        Path data = Files.createDirectories(root.resolve(name));
        Files.writeString(data.resolve("staff-api-key"), "cluster-staff-key-for-both-nodes\n");
        Files.writeString(data.resolve("metrics-token"), "cluster-metrics-token\n");
        Files.writeString(
                data.resolve("fleet.json"),
                JSON.writeValueAsString(Map.of(
                        "heartbeatSeconds", 1,
                        "lateSeconds", 3,
                        "offlineSeconds", 5,
                        "alertOfflineSeconds", 6,
                        "checkSeconds", 1,
                        "opensAt", "00:00",
                        "closesAt", "00:00",
                        "webhookUrl", webhookUrl)));
        Files.createSymbolicLink(data.resolve("dumps"), dumps);
        return data;
    }

    private static List<String> with(List<String> common, String option, Path value) {
        List<String> args = new ArrayList<>(common);
        args.addAll(List.of(option, value.toString()));
        return args;
    }
}
