package nl.buurtstem.kiosk.peiling;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident answers the wijk's poll by touch and by button; both answers reach the SPARQL endpoint. */
class BewonerBeantwoordtPeilingTest {

    private static final Duration COOLDOWN = Duration.ofSeconds(30);

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData)
                .answerCooldown(COOLDOWN)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        gemeente.stop();
    }

    @Test
    void tap_and_button_press_are_both_counted_in_sparql() throws Exception {
        JsonNode peiling = await(this::actievePeiling, p -> p != null);
        String id = peiling.get("id").asText();

        assertEquals(201, tap(id, 1).statusCode());
        kiosk.simulatedButtons().orElseThrow().press(2);

        assertEquals(1, await(() -> gemeente.centrale().sparqlTelling(id, "scherm"), n -> n == 1));
        assertEquals(1, await(() -> gemeente.centrale().sparqlTelling(id, "knop"), n -> n == 1));
    }

    @Test
    void tapping_twice_right_after_each_other_counts_once_and_says_so_kindly() throws Exception {
        String id = await(this::actievePeiling, p -> p != null).get("id").asText();

        assertEquals(201, tap(id, 3).statusCode());
        HttpResponse<String> again = tap(id, 3);

        assertEquals(200, again.statusCode());
        assertEquals(
                "al_geantwoord", JSON.readTree(again.body()).get("uitkomst").asText());
        assertEquals(1, await(() -> gemeente.centrale().sparqlTelling(id, "scherm"), n -> n >= 1));
    }

    private HttpResponse<String> tap(String peiling, int optie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/" + peiling + "/antwoorden"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"optie\":" + optie + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_option_the_poll_does_not_have_is_refused_with_a_problem() throws Exception {
        String id = await(this::actievePeiling, p -> p != null).get("id").asText();

        HttpResponse<String> tap = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/" + id + "/antwoorden"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"optie\":9}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, tap.statusCode());
        assertEquals(
                "/problems/invalid-option",
                JSON.readTree(tap.body()).get("type").asText());
    }

    private JsonNode actievePeiling() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/actief"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }
}
