package nl.buurtstem.opendata.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.Medewerkersessie;
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

            new Beheer(HttpClient.newHttpClient(), a.url(), KEY)
                    .voegMedewerkerToe("piet", "Piet", "publicist", WACHTWOORD);
            Medewerkersessie piet = new Medewerkersessie(a.url()).login("piet", WACHTWOORD);
            for (String adres : ADRESSEN) {
                assertEquals(
                        303,
                        piet.form(
                                        "/beheer/wijkupdate/adressen",
                                        Map.of("wijk", DemoContent.WIJK_DIEZERPOORT, "adres", adres))
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
}
