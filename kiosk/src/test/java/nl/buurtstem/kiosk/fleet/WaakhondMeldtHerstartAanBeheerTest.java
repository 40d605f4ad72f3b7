package nl.buurtstem.kiosk.fleet;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kiosk whose page stops reporting restarts its browser session (a stand-in command that notes each call)
 * and reports it: staff see the restart in the kiosk's event log and a "page not responding" alert.
 */
class WaakhondMeldtHerstartAanBeheerTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
    }

    @Test
    void silent_kiosk_page_gets_its_browser_restarted_and_staff_see_why() throws Exception {
        gemeente = Gemeente.startMetSnelleVlootbewaking(centralData, Duration.ofMillis(300));
        Centrale centrale = gemeente.centrale();
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        Path restarts = kioskData.resolve("browser-herstarts.txt");
        kiosk = registratie
                .kiosk(kioskData)
                .syncInterval(Duration.ofMillis(300))
                .fleet(FleetSettings.forThisMachine()
                        .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1))
                        .withCommands(
                                List.of("sh", "-c", "echo herstart >> " + restarts), List.of(), List.of(), List.of()))
                .build()
                .start();
        String kioskId = registratie.kioskId();
        http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "fleet/levend"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(await(() -> Files.exists(restarts), b -> b), "the watchdog ran the browser restart command");
        JsonNode page = await(
                () -> centrale.beheer().kiosk(kioskId),
                p -> p.path("gebeurtenissen").toString().contains("Waakhond herstartte de browser")
                        && p.path("alerts").toString().contains("browser-dead"));
        assertTrue(page.path("gebeurtenissen").toString().contains("Waakhond herstartte de browser"), page.toString());
        assertTrue(page.path("hartslag").path("watchdogRestarts").asLong() >= 1, page.toString());
        assertTrue(page.path("hartslag").path("lastError").asText().contains("browser restarted"), page.toString());
        assertTrue(page.path("alerts").toString().contains("browser-dead"), page.toString());
    }
}
