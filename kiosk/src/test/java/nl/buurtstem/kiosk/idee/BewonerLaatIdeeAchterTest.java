package nl.buurtstem.kiosk.idee;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident leaves an idea at the kiosk; contact details only with consent, and only at the central node. */
class BewonerLaatIdeeAchterTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private Centrale centrale;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        centrale = gemeente.centrale();
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData).build().start();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
    }

    @Test
    void an_idea_with_consented_contact_reaches_the_central_node_and_not_open_data() throws Exception {
        assertEquals(
                201,
                idee("{\"tekst\":\"Meer bankjes\",\"thema\":\"groen\",\"contact\":\"0612345678\",\"toestemming\":true}")
                        .statusCode());
        assertEquals(List.of("0612345678"), await(() -> centrale.rijen("SELECT contact FROM idee"), r -> !r.isEmpty()));
        assertEquals(
                List.of("0"),
                centrale.rijen("SELECT count(*) FROM kiosk_event WHERE data LIKE '%0612345678%'"),
                "the sync's log keeps no copy: the idea's row is where they are wiped after the retention time");
        assertEquals(
                0,
                centrale.sparql("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"0612345678\")) } LIMIT 1")
                        .size());
    }

    @Test
    void an_idea_given_at_a_plan_reaches_the_municipality_with_that_plan() throws Exception {
        assertEquals(
                201,
                idee("{\"tekst\":\"Bankje bij de bushalte\",\"thema\":\"verkeer\","
                                + "\"plan\":\"herinrichting-vechtstraat\"}")
                        .statusCode());
        assertEquals(
                List.of("plan/herinrichting-vechtstraat"),
                await(() -> centrale.rijen("SELECT context FROM idee"), r -> !r.isEmpty()));
    }

    @Test
    void delivered_contact_details_do_not_linger_on_the_kiosk_disk() throws Exception {
        assertEquals(
                201,
                idee("{\"tekst\":\"Meer bankjes\",\"thema\":\"groen\",\"contact\":\"0687654321\",\"toestemming\":true}")
                        .statusCode());
        assertEquals(List.of("0687654321"), await(() -> centrale.rijen("SELECT contact FROM idee"), r -> !r.isEmpty()));
        assertEquals(0L, await(this::pendingAtKiosk, n -> n == 0L));
        kiosk.stop();
        kiosk = null;

        try (var files = Files.list(kioskData)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("kiosk.db"))
                    .toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertTrue(!bytes.contains("0687654321"), file + " still holds the resident's phone number");
            }
        }
    }

    @Test
    void contact_details_an_older_node_logged_with_the_sync_are_taken_out_at_start() throws Exception {
        assertEquals(
                201,
                idee("{\"tekst\":\"Meer bankjes\",\"thema\":\"groen\",\"contact\":\"0611223344\",\"toestemming\":true}")
                        .statusCode());
        await(() -> centrale.rijen("SELECT contact FROM idee"), r -> !r.isEmpty());
        // As a node before this change logged it: the event as the kiosk sent it, contact and all.
        centrale.wijzig(
                "UPDATE kiosk_event SET data = replace(data, '\"thema\"', '\"contact\":\"0611223344\",\"thema\"') "
                        + "WHERE type = 'idee'");
        assertEquals(List.of("1"), centrale.rijen("SELECT count(*) FROM kiosk_event WHERE data LIKE '%0611223344%'"));
        kiosk.stop();
        kiosk = null;
        gemeente.uitvallen();
        gemeente.restart();
        assertEquals(List.of("0"), centrale.rijen("SELECT count(*) FROM kiosk_event WHERE data LIKE '%0611223344%'"));
        assertEquals(List.of("0611223344"), centrale.rijen("SELECT contact FROM idee"), "kept where it belongs");
    }

    private long pendingAtKiosk() throws Exception {
        HttpResponse<String> status = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "host/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(status.body()).get("wachtend").asLong();
    }

    @Test
    void contact_without_consent_or_a_wrong_theme_is_refused_with_a_problem_and_nothing_is_queued() throws Exception {
        HttpResponse<String> zonder =
                idee("{\"tekst\":\"Meer bankjes\",\"thema\":\"groen\",\"contact\":\"0612345678\"}");
        assertEquals(400, zonder.statusCode());
        assertTrue(zonder.body().contains("contact-without-consent"));
        assertEquals(
                400, idee("{\"tekst\":\"Meer bankjes\",\"thema\":\"politiek\"}").statusCode());
        assertEquals(400, idee("{\"tekst\":\"   \",\"thema\":\"groen\"}").statusCode());
        assertEquals(
                400,
                idee("{\"tekst\":\"Hoi\",\"thema\":\"groen\",\"contact\":\"bel me\",\"toestemming\":true}")
                        .statusCode());
        assertEquals(400, idee("{\"tekst\":").statusCode());
        assertEquals(201, idee("{\"tekst\":\"Een bankje\",\"thema\":\"groen\"}").statusCode());
        assertEquals(List.of("Een bankje"), await(() -> centrale.rijen("SELECT tekst FROM idee"), r -> !r.isEmpty()));
    }

    private HttpResponse<String> idee(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/ideeen"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
