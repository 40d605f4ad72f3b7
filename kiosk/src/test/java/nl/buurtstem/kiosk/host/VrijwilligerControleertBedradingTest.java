package nl.buurtstem.kiosk.host;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskConfig;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A buurthuis volunteer opens the host mode's check screen with the PIN and checks every part of the wiring. */
class VrijwilligerControleertBedradingTest {

    private static final String PIN = "4821";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        kiosk = gemeente.centrale()
                .registreer("Buurthuis De Kroon")
                .metHostPin(PIN)
                .kiosk(kioskData)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        gemeente.stop();
    }

    @Test
    void without_the_pin_the_check_is_closed() throws Exception {
        HttpResponse<String> check = get("host/api/controle");

        assertEquals(401, check.statusCode());
        assertEquals(
                "/problems/host-pin-required",
                JSON.readTree(check.body()).get("type").asText());
        assertEquals(401, post("host/api/controle/lampen/rood").statusCode());
    }

    @Test
    void a_wrong_pin_says_how_many_tries_are_left_and_five_lock_the_check() throws Exception {
        HttpResponse<String> wrong = login("0000");
        assertEquals(401, wrong.statusCode());
        assertTrue(JSON.readTree(wrong.body()).get("detail").asText().contains("Nog 4 pogingen"), wrong.body());

        for (int i = 0; i < 3; i++) {
            login("0000");
        }
        assertEquals(429, login("0000").statusCode());
        assertEquals(429, login(PIN).statusCode(), "even the right PIN waits out the lock");
    }

    @Test
    void one_persons_wrong_pins_do_not_lock_out_the_host_who_comes_next() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("0000", "nieuwsgierige-voorbijganger");
        }
        assertEquals(429, login(PIN, "nieuwsgierige-voorbijganger").statusCode(), "that page load waits");
        assertEquals(204, login(PIN, "gastvrouw").statusCode(), "the host's own page opens the check");
    }

    @Test
    void every_press_shows_on_the_check_even_a_quick_one() throws Exception {
        assertEquals(204, login(PIN).statusCode());
        long before = lastEvent(check());

        for (int button = 1; button <= 5; button++) {
            assertEquals(204, post("host/knoppen/" + button).statusCode());
        }
        assertEquals(204, post("host/hulpknop").statusCode());

        List<String> seen = new ArrayList<>();
        for (JsonNode e : get("host/api/controle?na=" + before, JsonNode.class).get("gebeurtenissen")) {
            seen.add(e.get("onderdeel").asText() + " " + e.get("wat").asText());
        }
        for (int button = 1; button <= 5; button++) {
            assertTrue(seen.contains("knop-" + button + " ingedrukt"), seen.toString());
        }
        assertTrue(seen.contains("hulpknop ingedrukt"), seen.toString());
    }

    @Test
    void each_lamp_blinks_on_request_and_the_sensor_and_screen_are_shown() throws Exception {
        assertEquals(204, login(PIN).statusCode());
        long before = lastEvent(check());

        assertEquals(204, post("host/api/controle/lampen/rood").statusCode());
        assertEquals(204, post("host/aanwezigheid/iemand").statusCode());
        JsonNode after = get("host/api/controle?na=" + before, JsonNode.class);

        List<String> seen = new ArrayList<>();
        after.get("gebeurtenissen")
                .forEach(e -> seen.add(
                        e.get("onderdeel").asText() + " " + e.get("wat").asText()));
        assertTrue(seen.contains("lamp-rood aan"), seen.toString());
        assertTrue(after.get("onderdelen").get("aanwezigheid").asBoolean(), after.toString());
        assertEquals("on", after.get("onderdelen").get("scherm").asText());
        assertEquals(404, post("host/api/controle/lampen/paars").statusCode());
    }

    @Test
    void the_health_of_the_computer_is_shown_with_unknown_where_there_is_no_pi() throws Exception {
        assertEquals(204, login(PIN).statusCode());

        JsonNode health = check().get("gezondheid");

        assertEquals("unknown", health.get("cpuTemperatureCelsius").asText());
        assertEquals("unknown", health.get("underVoltage").asText());
        assertTrue(health.get("freeDiskBytes").asLong() > 0, health.toString());
    }

    @Test
    void the_check_page_is_served() throws Exception {
        HttpResponse<String> page = get("host/controle.html");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Pincode van de beheerder"));
    }

    @Test
    void a_pin_off_the_header_in_kiosk_json_stops_the_kiosk_naming_the_entry() throws Exception {
        Path file = kioskData.resolve("kapot.json");
        Files.writeString(file, """
                {"centralUrl": "http://localhost:1/", "hardware": {"pins": {"lampRood": 40}}}""");

        var error = assertThrows(IllegalArgumentException.class, () -> KioskConfig.read(file));

        assertTrue(error.getMessage().contains("hardware.pins.lampRood: 40 is not a GPIO line"), error.getMessage());
    }

    private JsonNode check() throws Exception {
        return get("host/api/controle", JsonNode.class);
    }

    private static long lastEvent(JsonNode check) {
        long last = 0;
        for (JsonNode e : check.get("gebeurtenissen")) {
            last = Math.max(last, e.get("nr").asLong());
        }
        return last;
    }

    private HttpResponse<String> login(String pin) throws Exception {
        return login(pin, "een-bladzijde");
    }

    private HttpResponse<String> login(String pin, String sessie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "host/api/inloggen"))
                        .header("Content-Type", "application/json")
                        .header("X-Buurtstem-Sessie", sessie)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + pin + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path, Class<JsonNode> type) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
