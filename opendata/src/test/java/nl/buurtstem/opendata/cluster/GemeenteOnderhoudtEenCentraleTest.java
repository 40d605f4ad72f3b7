package nl.buurtstem.opendata.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.WebhookOntvanger;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * IT takes one of the two central nodes on the municipality's PostgreSQL down for an update, and brings it back. The
 * other node carries on alone with everything done in the background (fleet alarms, dumps, republication), each job
 * by one node at a time, so nothing goes out twice; a staff member stays logged in whichever node answers.
 */
@EnabledIfSystemProperty(named = "buurtstem.store", matches = "postgresql")
@Tag("slow")
class GemeenteOnderhoudtEenCentraleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> JOBS =
            List.of("alarmen", "contact-bewaring", "dumps", "peiling-perioden", "periodieke-publicatie");
    private static final String BASE = "https://buurtstem.gemeente.test/";

    @TempDir
    Path root;

    private final List<CentralNode> running = new ArrayList<>();
    private DatabaseAddress database;

    @AfterEach
    void stopNodes() {
        running.forEach(CentralNode::stop);
        if (database != null) {
            TestStore.drop(database);
        }
    }

    @Test
    void while_one_node_is_down_for_an_update_the_other_does_its_background_work_and_nothing_goes_out_twice()
            throws Exception {
        database = TestStore.fresh().orElseThrow();
        try (WebhookOntvanger webhook = new WebhookOntvanger()) {
            Path dumps = Files.createDirectories(root.resolve("gedeelde-dumps"));
            Path dataA = nodeFolder("a", dumps, webhook.url());
            Path dataB = nodeFolder("b", dumps, webhook.url());

            CentralNode a = start(dataA);
            assertEquals(JOBS, Await.await(() -> jobs(a), j -> j.containsAll(JOBS)), "the first node takes the jobs");
            CentralNode b = start(dataB);
            assertEquals(List.of(), jobs(b), "the second node finds every job taken and does none");

            HttpClient browser =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String password = Beheer.beheerderswachtwoord(dataA);
            assertEquals(200, login(browser, a, password).statusCode(), "admin logs in on the first node");
            assertEquals(200, get(browser, b, "api/beheer/ik").statusCode(), "and is logged in on the second too");

            String staffKey = Beheer.sleutel(dataB);
            HttpClient http = HttpClient.newHttpClient();
            String viaB = b.url().replaceAll("/$", "");
            TestKiosk silent =
                    TestKiosk.enroll(http, viaB, staffKey, "Buurthuis De Kroon", DemoContent.WIJK_DIEZERPOORT);
            TestKiosk busy =
                    TestKiosk.enroll(http, viaB, staffKey, "Buurthuis Het Anker", DemoContent.WIJK_DIEZERPOORT);
            silent.heartbeat(0, 45.0);
            AtomicBoolean beating = new AtomicBoolean(true);
            Thread heart = Thread.ofVirtual().start(() -> keepBeating(busy, beating));
            try {
                sync(busy, 1, 20);
                Await.await(() -> webhook.about(silent.id, "alert", "offline"), l -> !l.isEmpty());
                assertEquals(
                        20,
                        Await.await(() -> inDump(b, busy.id), n -> n == 20),
                        "the dumps, written by the first node, count the second node's answers");

                a.stop();
                running.remove(a);
                assertEquals(
                        JOBS,
                        Await.await(() -> jobs(b), j -> j.containsAll(JOBS)),
                        "with the first node down, the second takes over every job");
                assertEquals(200, get(browser, b, "api/beheer/ik").statusCode(), "admin is still logged in");

                sync(busy, 21, 40);
                assertEquals(
                        40,
                        Await.await(() -> inDump(b, busy.id), n -> n == 40),
                        "the dumps follow the answers synced while the first node is down");
                beating.set(false);
                heart.join();
                Await.await(() -> webhook.about(busy.id, "alert", "offline"), l -> !l.isEmpty());
            } finally {
                beating.set(false);
            }

            CentralNode again = start(dataA);
            assertEquals(
                    40,
                    new Telling(again).awaitSparql(busy.id, n -> n == 40),
                    "back from its update, the first node's SPARQL shows what was published while it was down");
            assertEquals(List.of(), jobs(again), "and it leaves the jobs with the node that does them now");
            assertEquals(200, get(browser, again, "api/beheer/ik").statusCode(), "admin's login still counts there");
            assertEquals(
                    40, new Telling(b).awaitSparql(busy.id, n -> n == 40), "both nodes' SPARQL show the same count");

            assertEquals(
                    1, webhook.about(silent.id, "alert", "offline").size(), "one alarm for the first silent kiosk");
            assertEquals(1, webhook.about(busy.id, "alert", "offline").size(), "one alarm for the second, sent by B");
        }
    }

    private CentralNode start(Path data) {
        CentralNode node = CentralNode.builder()
                .dataDir(data)
                .port(0)
                .database(database)
                .baseUri(BASE)
                .demoContent(true)
                .privacyThreshold(1)
                .publicatieperiode(Duration.ofSeconds(1))
                .build()
                .start();
        running.add(node);
        return node;
    }

    private static List<String> jobs(CentralNode node) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node.url() + "health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> jobs = new ArrayList<>();
        JSON.readTree(health.body()).path("jobs").forEach(j -> jobs.add(j.asText()));
        return jobs;
    }

    private static HttpResponse<String> login(HttpClient browser, CentralNode node, String password) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(node.url() + "api/beheer/login"))
                        .header("Content-Type", "application/json")
                        .header("Origin", node.url().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient browser, CentralNode node, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(node.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sync(TestKiosk kiosk, long from, long to) throws Exception {
        HttpResponse<String> r = kiosk.post(
                "/api/sync/v1/events",
                KioskBerichten.answers(from, to).getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(to, JSON.readTree(r.body()).get("acknowledged").asLong());
    }

    /** The answers of this kiosk in the poll results' CSV dump, as a reuser downloads it from {@code node}. */
    private static long inDump(CentralNode node, String kioskId) throws Exception {
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node.url() + "dumps/peilingresultaten.csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (csv.statusCode() != 200) {
            return -1;
        }
        List<String> lines = csv.body().lines().toList();
        // Cells may hold quoted commas (the question); a held-back count is empty.
        String cell = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";
        List<String> header = List.of(lines.getFirst().split(cell));
        int kiosk = header.indexOf("kiosk_id");
        int count = header.indexOf("aantal_antwoorden");
        return lines.stream()
                .skip(1)
                .map(l -> l.split(cell, -1))
                .filter(cells -> cells[kiosk].equals(kioskId))
                .mapToLong(cells -> cells[count].isEmpty() ? 0 : Long.parseLong(cells[count]))
                .sum();
    }

    private static void keepBeating(TestKiosk kiosk, AtomicBoolean beating) {
        while (beating.get()) {
            try {
                kiosk.heartbeat(0, 45.0);
                // A kiosk beats on its own schedule, not on a condition: this paces the simulated heartbeat.
                Thread.sleep(500);
            } catch (IOException | IllegalStateException missed) {
                // a missed beat is no alarm
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * A node's data folder: the same staff key and metrics token as its sibling (IT copies them), fleet alarms to the
     * webhook within seconds, and the dumps folder shared (one node writes it, both serve it).
     */
    private Path nodeFolder(String name, Path dumps, String webhookUrl) throws IOException {
        Path data = Files.createDirectories(root.resolve(name));
        Files.writeString(data.resolve("staff-api-key"), "maintenance-staff-key-for-both-nodes\n");
        Files.writeString(data.resolve("metrics-token"), "maintenance-metrics-token\n");
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
}
