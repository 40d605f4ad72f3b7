package nl.buurtstem.opendata.gebeurd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kiosk's "Wat er gebeurde" for its wijk: a poll that has closed, with the figures the open data publishes (small
 * ones held back), and an idea the municipality answered in public. A poll still running is not there.
 */
class BewonerZietWatErGebeurdeTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_closed_poll_shows_its_published_result_and_an_answered_idea_its_answer() throws Exception {
        Instant eind = Instant.now().plusSeconds(4);
        staff("PUT", "/api/beheer/inhoud/peiling/bankjes-klaar", """
                {"id": "bankjes-klaar", "wijk": "%s", "vraag": "Meer bankjes aan het water?",
                 "opties": ["Ja", "Nee", "Weet niet"], "demo": false, "eind": "%s"}""".formatted(DemoContent.WIJK_DIEZERPOORT, eind));
        staff("POST", "/api/beheer/inhoud/peiling/bankjes-klaar/publiceren", "{}");
        staff("PUT", "/api/beheer/inhoud/idee/bankje-bushalte", """
                {"id": "bankje-bushalte", "wijk": "%s", "thema": "verkeer", "tekst": "Een bankje bij de bushalte.",
                 "maand": "2026-12", "status": "beantwoord", "antwoord": "Er komt een bankje bij de bushalte."}""".formatted(DemoContent.WIJK_DIEZERPOORT));
        staff("POST", "/api/beheer/inhoud/idee/bankje-bushalte/publiceren", "{}");
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            events.add(
                    TestKiosk.answer(i, UUID.randomUUID().toString(), Instant.now(), "bankjes-klaar", i <= 7 ? 1 : 2));
        }
        assertEquals(
                200,
                kiosk.post("/api/sync/v1/events", TestKiosk.batch(Instant.now(), String.join(",", events)))
                        .statusCode());

        JsonNode gebeurd = Beheer.await(
                () -> feed(kiosk).path("watErGebeurde"),
                g -> g.path("peilingen").size() == 1
                        && g.path("peilingen")
                                        .path(0)
                                        .path("opties")
                                        .path(0)
                                        .path("aantal")
                                        .asLong()
                                > 0);

        JsonNode peiling = gebeurd.path("peilingen").path(0);
        assertEquals("Meer bankjes aan het water?", peiling.path("vraag").asText());
        assertEquals(7, peiling.path("opties").path(0).path("aantal").asLong());
        assertEquals(6, peiling.path("opties").path(1).path("aantal").asLong());
        assertEquals(0, peiling.path("opties").path(2).path("aantal").asLong(), "nobody: held back, shown as nothing");
        JsonNode idee = gebeurd.path("ideeen").path(0);
        assertEquals(
                "Er komt een bankje bij de bushalte.", idee.path("antwoord").asText());
        for (JsonNode p : gebeurd.path("peilingen")) {
            assertEquals("bankjes-klaar", p.path("id").asText(), "running polls are not listed as happened");
        }
    }

    private JsonNode feed(TestKiosk kiosk) throws Exception {
        HttpResponse<String> r =
                kiosk.send("GET", "/api/sync/v1/content", "", kiosk.secret, System.currentTimeMillis());
        assertEquals(200, r.statusCode(), r.body());
        return Beheer.JSON.readTree(r.body());
    }

    private void staff(String method, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path.substring(1)))
                        .header("Authorization", "Bearer " + TestKiosk.staffKey(centrale.node()))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
    }
}
