package nl.buurtstem.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.KioskConfig;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.CentralNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kiosk whose page stops reporting restarts its browser session (a stand-in command that notes each call)
 * and reports it: staff see the restart in the kiosk's event log and a "page not responding" alert.
 */
class WaakhondMeldtHerstartAanBeheerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path centralData;
    @TempDir
    Path kioskData;
    private CentralNode central;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        central.stop();
    }

    @Test
    void silent_kiosk_page_gets_its_browser_restarted_and_staff_see_why() throws Exception {
        central = CentralNode.builder().dataDir(centralData).port(0).demoContent(true)
                .fleet(nl.buurtstem.opendata.fleet.FleetSettings.defaults()
                        .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(5),
                                Duration.ofMillis(300))
                        .withOpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .build().start();
        String key = Files.readString(centralData.resolve("staff-api-key")).trim();
        JsonNode registration = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(central.url() + "api/staff/kiosks"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"naam\":\"Buurthuis De Kroon\",\"wijk\":\"WK019302\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Path restarts = kioskData.resolve("browser-herstarts.txt");
        kiosk = KioskNode.builder(new KioskConfig(central.url(), "Buurthuis De Kroon", "WK019302",
                        registration.get("enrollmentToken").asText()))
                .dataDir(kioskData).port(0).gpio(GpioPlatform.Choice.SIMULATED).syncInterval(Duration.ofMillis(300))
                .fleet(FleetSettings.forThisMachine()
                        .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1))
                        .withCommands(List.of("sh", "-c", "echo herstart >> " + restarts), List.of(), List.of(), List.of()))
                .build().start();
        String kioskId = registration.get("kioskId").asText();
        http.send(HttpRequest.newBuilder(URI.create(kiosk.url() + "fleet/levend")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(await(() -> Files.exists(restarts), b -> b), "the watchdog ran the browser restart command");
        JsonNode page = await(() -> JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(central.url()
                        + "api/staff/fleet/kiosks/" + kioskId)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString()).body()),
                p -> p.path("gebeurtenissen").toString().contains("Waakhond herstartte de browser")
                        && p.path("alerts").toString().contains("browser-dead"));
        assertTrue(page.path("gebeurtenissen").toString().contains("Waakhond herstartte de browser"), page.toString());
        assertTrue(page.path("hartslag").path("watchdogRestarts").asLong() >= 1, page.toString());
        assertTrue(page.path("hartslag").path("lastError").asText().contains("browser restarted"), page.toString());
        assertTrue(page.path("alerts").toString().contains("browser-dead"), page.toString());
    }

    private static <T> T await(Supplier<T> value, Predicate<T> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T last = value.get();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @FunctionalInterface
    private interface Supplier<T> {
        T get() throws Exception;
    }
}
