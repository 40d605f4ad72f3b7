package nl.buurtstem.kiosk.fleet;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff watch a real kiosk on the dashboard and act on it from afar: the kiosk reports itself, shows a message,
 * reloads its page, restarts its app (a stand-in command) and sends a screenshot rendered by Chromium.
 */
@Tag("slow")
class BeheerderBedientKioskOpAfstandTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private Centrale centrale;
    private KioskNode kiosk;
    private String kioskId;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.startMetSnelleVlootbewaking(centralData, Duration.ofSeconds(1));
        centrale = gemeente.centrale();
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        kioskId = registratie.kioskId();
        FleetSettings fleet = FleetSettings.forThisMachine()
                .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(90), Duration.ofSeconds(120))
                .withCommands(
                        List.of(),
                        List.of("touch", kioskData.resolve("app-herstart").toString()),
                        List.of(),
                        List.of());
        kiosk = registratie
                .kiosk(kioskData)
                .syncInterval(Duration.ofMillis(300))
                .fleet(fleet)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        gemeente.stop();
    }

    @Test
    void kiosk_reports_itself_and_carries_out_message_reload_and_restart() throws Exception {
        JsonNode page = await(
                this::kioskPage,
                p -> "online".equals(p.path("status").path("code").asText()));
        assertEquals("online", page.path("status").path("code").asText(), page.toString());
        JsonNode hartslag = page.path("hartslag");
        assertTrue(hartslag.path("uptimeSeconds").isNumber(), hartslag.toString());
        assertTrue(hartslag.path("diskFreeBytes").asLong() > 0, "free disk is measured on any machine: " + hartslag);
        assertEquals(0, hartslag.path("outbox").asLong());

        assertEquals(
                202,
                act("{\"type\":\"show-message\",\"text\":\"De kiosk is morgen dicht.\",\"seconds\":600}")
                        .statusCode());
        JsonNode ping = await(this::alive, p -> p.path("bericht").isObject());
        assertEquals(
                "De kiosk is morgen dicht.", ping.path("bericht").path("tekst").asText());

        assertEquals(202, act("{\"type\":\"reload-page\"}").statusCode());
        assertTrue(await(this::alive, p -> p.path("herladen").asBoolean())
                .path("herladen")
                .asBoolean());
        assertEquals(false, alive().path("herladen").asBoolean(), "the page reloads once, not at every ping");

        assertEquals(202, act("{\"type\":\"restart-app\"}").statusCode());
        assertTrue(await(() -> Files.exists(kioskData.resolve("app-herstart")), b -> b));
        JsonNode acties = await(
                        this::kioskPage, p -> p.path("acties").toString().contains("started"))
                .path("acties");
        assertTrue(acties.toString().contains("\"soort\":\"restart-app\""), acties.toString());

        // The log also says who registered the kiosk; these are the remote actions.
        long gevraagd = StreamSupport.stream(
                        centrale.beheer().get("/api/beheer/audit?soort=kiosk").spliterator(), false)
                .filter(regel -> !regel.path("actie").asText().equals("Kiosk aangemeld"))
                .count();
        assertEquals(3, gevraagd, "every action staff asked is in the audit log");
    }

    @Test
    void screenshot_asked_on_the_dashboard_appears_there() throws Exception {
        boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (!chromium && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(
                    "CI must have Debian's chromium (see .ci/apt-packages) to render kiosk screenshots");
        }
        Assumptions.assumeTrue(chromium, "skipped locally: /usr/bin/chromium is missing (apt-get install chromium)");
        await(
                this::kioskPage,
                p -> "online".equals(p.path("status").path("code").asText()));

        assertEquals(202, act("{\"type\":\"screenshot\"}").statusCode());
        HttpResponse<byte[]> shot = await(
                () -> http.send(
                        HttpRequest.newBuilder(
                                        URI.create(centrale.url() + "api/beheer/kiosks/" + kioskId + "/schermafdruk"))
                                .header("Authorization", "Bearer " + centrale.staffKey())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray()),
                r -> r.statusCode() == 200);
        assertEquals(200, shot.statusCode());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot.body()));
        assertEquals(1280, image.getWidth());
        assertTrue(kioskPage().path("gebeurtenissen").toString().contains("Schermafbeelding ontvangen"));
    }

    private JsonNode kioskPage() throws Exception {
        return centrale.beheer().kiosk(kioskId);
    }

    private JsonNode alive() throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + "fleet/levend"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private HttpResponse<String> act(String body) throws Exception {
        return centrale.beheer().vraagActie(kioskId, body);
    }
}
