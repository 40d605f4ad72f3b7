package nl.buurtstem.opendata.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.SmtpOntvanger;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two central nodes on the municipality's PostgreSQL, both with the mail relay set: on the 1st one of them mails the
 * wijkupdate, each address once. The node that sends goes down for an update; the other takes the job over and sends
 * what is left (an address the relay refused at first), and nobody gets the month a second time.
 */
@EnabledIfSystemProperty(named = "buurtstem.store", matches = "postgresql")
@Tag("slow")
class TweeCentralesMailenDeWijkupdateEenKeerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "maintenance-staff-key-for-both-nodes";
    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> ADRESSEN =
            List.of("gastvrouw@dekroon.example", "panel@diezerpoort.example", "stuk@dekroon.example");

    @TempDir
    Path root;

    private final List<CentralNode> running = new ArrayList<>();
    private final TestClock klok = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));
    private DatabaseAddress database;

    @AfterEach
    void stopNodes() {
        running.forEach(CentralNode::stop);
        if (database != null) {
            TestStore.drop(database);
        }
    }

    @Test
    void one_node_mails_the_month_and_the_other_finishes_it_without_sending_anything_twice() throws Exception {
        database = TestStore.fresh().orElseThrow();
        try (SmtpOntvanger smtp = new SmtpOntvanger()) {
            FleetSettings fleet = FleetSettings.defaults()
                    .withSmtp(new FleetSettings.Smtp(
                            "127.0.0.1", smtp.port(), "wijkupdate@zwolle.example", List.of(), null, null));
            CentralNode a = start("a", fleet);
            CentralNode b = start("b", fleet);

            HttpResponse<String> piet = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(a.url() + "api/beheer/medewerkers"))
                                    .header("Authorization", "Bearer " + KEY)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                            "gebruikersnaam",
                                            "piet",
                                            "naam",
                                            "Piet",
                                            "rol",
                                            "publicist",
                                            "wachtwoord",
                                            WACHTWOORD))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(201, piet.statusCode(), piet.body());
            HttpClient browser =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertEquals(
                    303,
                    post(browser, a, "beheer/login", Map.of("gebruikersnaam", "piet", "wachtwoord", WACHTWOORD))
                            .statusCode());
            for (String adres : ADRESSEN) {
                Matcher token = CSRF.matcher(get(browser, a, "beheer/wijkupdate/adressen"));
                assertTrue(token.find());
                assertEquals(
                        303,
                        post(
                                        browser,
                                        a,
                                        "beheer/wijkupdate/adressen",
                                        Map.of(
                                                "wijk",
                                                DemoContent.WIJK_DIEZERPOORT,
                                                "adres",
                                                adres,
                                                "_csrf",
                                                token.group(1)))
                                .statusCode());
            }
            smtp.weiger(ADRESSEN.get(2));

            klok.advance(Duration.between(klok.instant(), Instant.parse("2026-12-01T07:30:00Z")));
            Await.await(
                    smtp::mails,
                    m -> smtp.aan(ADRESSEN.get(0)).size() == 1
                            && smtp.aan(ADRESSEN.get(1)).size() == 1);
            CentralNode zender = jobs(a).contains("wijkupdate-mail") ? a : b;
            CentralNode ander = zender == a ? b : a;
            assertTrue(jobs(zender).contains("wijkupdate-mail"), "one node sends");
            assertTrue(!jobs(ander).contains("wijkupdate-mail"), "the other does not");

            zender.stop();
            running.remove(zender);
            smtp.neemAan(ADRESSEN.get(2));
            klok.advance(Duration.ofHours(2));
            Await.await(smtp::mails, m -> smtp.aan(ADRESSEN.get(2)).size() == 1);
            assertTrue(jobs(ander).contains("wijkupdate-mail"), "the other node took the mail over");
            for (String adres : ADRESSEN) {
                assertEquals(1, smtp.aan(adres).size(), "November once: " + adres);
            }
        }
    }

    private CentralNode start(String naam, FleetSettings fleet) throws Exception {
        Path data = Files.createDirectories(root.resolve(naam));
        Files.writeString(data.resolve("staff-api-key"), KEY + "\n");
        CentralNode node = CentralNode.builder()
                .dataDir(data)
                .port(0)
                .database(database)
                .demoContent(true)
                .clock(klok)
                .fleet(fleet)
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

    private static String get(HttpClient browser, CentralNode node, String pad) throws Exception {
        return browser.send(
                        HttpRequest.newBuilder(URI.create(node.url() + pad)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static HttpResponse<String> post(
            HttpClient browser, CentralNode node, String pad, Map<String, String> velden) throws Exception {
        Map<String, String> alle = new HashMap<>(velden);
        String body = alle.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(node.url() + pad))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", node.url().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
