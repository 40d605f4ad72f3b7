package nl.buurtstem.kiosk.paneel;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk saves power and screen life: it wakes when someone approaches, dims when nobody is there, and is
 * off outside the buurthuis's opening hours as staff set them on the central node.
 */
class SchermVolgtAanwezigheidEnOpeningstijdenTest {

    private static final String PIN = "4821";
    private static final String MAANDAG_OCHTEND = "2026-11-23T09:00:00Z";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private final TestClock clock = new TestClock(MAANDAG_OCHTEND);
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
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

    @Test
    void the_screen_dims_when_everyone_left_and_wakes_when_someone_comes() throws Exception {
        startKiosk(null);
        post("host/aanwezigheid/iemand");
        assertEquals("on", screen());

        post("host/aanwezigheid/niemand");
        clock.advance(Duration.ofSeconds(6));

        assertEquals("dimmed", await(this::screen, "dimmed"::equals));
        post("host/aanwezigheid/iemand");
        assertEquals("on", screen());
    }

    @Test
    void a_button_press_wakes_a_dimmed_screen() throws Exception {
        startKiosk(null);
        post("host/aanwezigheid/iemand");
        post("host/aanwezigheid/niemand");
        clock.advance(Duration.ofSeconds(6));
        assertEquals("dimmed", await(this::screen, "dimmed"::equals));

        post("host/knoppen/1");

        assertEquals("on", screen());
    }

    @Test
    void outside_opening_hours_the_screen_is_off_and_comes_on_when_the_buurthuis_opens() throws Exception {
        startKiosk("{\"maandag\": [\"09:00-17:00\"]}");
        clock.set("2026-11-22T20:00:00Z"); // Sunday evening

        assertEquals("off", await(this::screen, "off"::equals));
        post("host/aanwezigheid/iemand");
        assertEquals("off", screen(), "someone passing a closed buurthuis does not wake it");

        clock.set(MAANDAG_OCHTEND);
        assertEquals("on", await(this::screen, "on"::equals));
    }

    private void startKiosk(String openingstijden) throws Exception {
        Registratie registratie = gemeente.centrale().registreer("Buurthuis De Kroon");
        if (openingstijden != null) {
            HttpResponse<String> put = gemeente.centrale().zetOpeningstijden(registratie.kioskId(), openingstijden);
            assertEquals(204, put.statusCode(), put.body());
        }
        kiosk = registratie
                .metHardware(Map.of("dimNaSeconden", 5))
                .metHostPin(PIN)
                .kiosk(kioskData)
                .panelClock(clock)
                .build()
                .start();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "host/api/inloggen"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + PIN + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, login.statusCode(), login.body());
        // The opening hours arrive with the kiosk's content.
        await(this::hasContent, Boolean::booleanValue);
    }

    private boolean hasContent() throws Exception {
        return http.send(
                                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/actief"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode()
                == 200;
    }

    private String screen() throws Exception {
        HttpResponse<String> check = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "host/api/controle"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(check.body());
        return body.get("onderdelen").get("scherm").asText();
    }

    private void post(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), response.body());
    }
}
