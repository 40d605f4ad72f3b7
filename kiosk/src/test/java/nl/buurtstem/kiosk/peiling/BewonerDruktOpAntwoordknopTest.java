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
import java.util.Map;
import nl.buurtstem.hardware.SimulatedButtons;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident answers with the physical buttons; a prankster hammers one. Counted and suppressed presses both
 * reach the central node's open data; outside opening hours the buttons do nothing.
 */
class BewonerDruktOpAntwoordknopTest {

    // A Monday, 10:00 in Zwolle.
    private static final String MAANDAG_OCHTEND = "2026-11-23T09:00:00Z";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private final TestClock clock = new TestClock(MAANDAG_OCHTEND);
    private final HttpClient http = HttpClient.newHttpClient();
    private Gemeente gemeente;
    private KioskNode kiosk;

    @BeforeEach
    void start() {
        gemeente = Gemeente.start(centralData);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
    }

    private String startKiosk(String openingstijden) throws Exception {
        Registratie registratie = gemeente.centrale().registreer("Buurthuis De Kroon");
        if (openingstijden != null) {
            HttpResponse<String> put = gemeente.centrale().zetOpeningstijden(registratie.kioskId(), openingstijden);
            assertEquals(204, put.statusCode(), put.body());
        }
        kiosk = registratie
                .kiosk(kioskData)
                .answerCooldown(Duration.ofSeconds(30))
                .panelClock(clock)
                .build()
                .start();
        JsonNode peiling = await(this::actievePeiling, p -> p != null);
        return peiling.get("id").asText();
    }

    @Test
    void button_2_answers_the_poll_with_its_second_option_and_reaches_sparql() throws Exception {
        String id = startKiosk(null);

        buttons().press(2);

        assertEquals(1, await(() -> sum(id, 2, "aantalAntwoorden"), n -> n == 1));
        assertEquals(0, sum(id, 1, "aantalAntwoorden"));
        assertEquals(0, sum(id, 2, "aantalOnderdrukt"));
    }

    @Test
    void hammering_button_2_ten_times_in_two_seconds_counts_one_and_records_nine_suppressed() throws Exception {
        String id = startKiosk(null);

        for (int i = 0; i < 10; i++) {
            buttons().down(2);
            clock.advance(Duration.ofMillis(100));
            buttons().up(2);
            clock.advance(Duration.ofMillis(100));
        }

        assertEquals(9, await(() -> sum(id, 2, "aantalOnderdrukt"), n -> n == 9));
        assertEquals(1, sum(id, 2, "aantalAntwoorden"));
    }

    @Test
    void another_button_right_after_an_answer_is_recorded_as_suppressed() throws Exception {
        String id = startKiosk(null);

        buttons().press(1);
        clock.advance(Duration.ofSeconds(1));
        buttons().press(4); // within the poll's answer cooldown: most likely the same person changing their mind

        assertEquals(1, await(() -> sum(id, 4, "aantalOnderdrukt"), n -> n == 1));
        assertEquals(1, sum(id, 1, "aantalAntwoorden"));
        assertEquals(0, sum(id, 4, "aantalAntwoorden"));
    }

    @Test
    void outside_opening_hours_the_buttons_do_nothing() throws Exception {
        String id = startKiosk("{\"maandag\": [\"09:00-17:00\"]}");
        clock.set("2026-11-22T20:00:00Z"); // Sunday evening: closed

        buttons().press(2);
        clock.set(MAANDAG_OCHTEND);
        clock.advance(Duration.ofMinutes(1));
        buttons().press(3);

        // Events are sent in order: once the later press is counted, the earlier one would have been too.
        assertEquals(1, await(() -> sum(id, 3, "aantalAntwoorden"), n -> n == 1));
        assertEquals(0, sum(id, 2, "aantalAntwoorden"));
        assertEquals(0, sum(id, 2, "aantalOnderdrukt"));
    }

    @Test
    void the_help_button_tells_the_page_to_read_aloud_but_not_when_the_buurthuis_is_closed() throws Exception {
        startKiosk("{\"maandag\": [\"09:00-17:00\"]}");

        buttons().pressHelp();
        assertEquals(1, hulpknop().get("keer").asLong());

        clock.set("2026-11-22T20:00:00Z"); // Sunday evening: closed
        clock.advance(Duration.ofSeconds(1));
        buttons().pressHelp();
        assertEquals(1, hulpknop().get("keer").asLong());
    }

    private JsonNode hulpknop() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/hulpknop")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private SimulatedButtons buttons() {
        return kiosk.simulatedButtons().orElseThrow();
    }

    /** Sum of one measure over every observation of one option pressed on a button, as published. */
    private long sum(String peiling, int optie, String measure) throws Exception {
        return gemeente.centrale()
                .sparqlSom(
                        measure,
                        Map.of(
                                "peiling",
                                "peiling/" + peiling,
                                "antwoordoptie",
                                "peiling/" + peiling + "/optie/" + optie,
                                "kanaal",
                                "kanaal/knop"));
    }

    private JsonNode actievePeiling() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/actief"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }
}
