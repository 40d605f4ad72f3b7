package nl.buurtstem.kiosk;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident who never saw the kiosk uses every screen by tapping, in Chromium at 800×480, 720×1280 and 1920×1080,
 * in Dutch and Arabic, with the network cable pulled; what they left reaches the municipality once it is back.
 * The tapping itself is in src/test/browser/kiosk.test.mjs; screenshots end up in the build folder.
 */
@Tag("slow")
class BewonerGebruiktDeKioskTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    @TempDir
    Path buurKioskData;

    private Gemeente gemeente;
    private final List<KioskNode> kiosks = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        kiosks.forEach(KioskNode::stop);
        gemeente.stop();
    }

    @Test
    void every_flow_works_by_tapping_offline_at_three_screen_sizes_and_reaches_the_municipality() throws Exception {
        Browser.KIOSK.requireTools();
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        Registratie deKroon = centrale.registreer("Buurthuis De Kroon");
        KioskNode kiosk = kiosk(deKroon, kioskData, Duration.ofSeconds(8));
        // Neighbours answered the first poll at another kiosk of the wijk: enough for its results to be shown.
        KioskNode buur = kiosk(centrale.registreer("Buurthuis Het Anker"), buurKioskData, Duration.ZERO);
        await(() -> get(buur, "api/peilingen"), body -> body.contains("speelplek-diezerpoort"));
        for (int i = 0; i < 11; i++) {
            post(buur, "api/peilingen/speelplek-diezerpoort/antwoorden", "{\"optie\":" + (1 + i % 3) + "}");
        }
        assertTrue(
                await(
                                () -> JSON.readTree(get(kiosk, "api/peilingen/speelplek-diezerpoort/uitslag")),
                                body -> body.path("totaal").asLong() >= 11)
                        .path("aantallen")
                        .isArray(),
                "the kiosk should know the neighbours' answers from its content feed");

        gemeente.uitvallen();
        Path artefacts = Browser.KIOSK.runAgainst(kiosk, centrale.demoStemcodes(), "kiosk-screenshots");

        gemeente.restart();
        // The kiosk backed off during the long outage; a restart (as after a power cycle) syncs at once.
        kiosk.stop();
        kiosks.remove(kiosk);
        kiosk(deKroon, kioskData, Duration.ofSeconds(8));
        JsonNode left = JSON.readTree(Files.readString(artefacts.resolve("achtergelaten.json")));
        for (JsonNode idee : left.path("ideeen")) {
            String tekst = idee.path("tekst").asText();
            assertTrue(
                    await(
                                    () -> centrale.rijen("SELECT tekst FROM idee"),
                                    rows -> rows.stream().anyMatch(r -> r.contains(tekst)))
                            .stream()
                            .anyMatch(r -> r.contains(tekst)),
                    "idea typed on screen reached the central node: " + tekst);
        }
        String telefoon = left.path("telefoon").asText();
        assertTrue(
                centrale.rijen("SELECT contact FROM idee WHERE contact IS NOT NULL")
                        .contains(telefoon),
                "the phone number left with consent is kept at the central node");
        assertEquals(
                0,
                centrale.sparql("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + telefoon + "\")) } LIMIT 1")
                        .size(),
                "contact details never reach open data");
        assertEquals(
                left.path("stemmen").asInt(),
                await(
                        () -> centrale.rijen("SELECT 1 FROM stembiljet WHERE geteld = 1")
                                .size(),
                        n -> n >= left.path("stemmen").asInt()),
                "every wijkbudget ballot cast on screen is counted");
        assertFalse(left.path("stemmen").asInt() == 0);
    }

    private KioskNode kiosk(Registratie registratie, Path data, Duration cooldown) {
        KioskNode node =
                registratie.kiosk(data).answerCooldown(cooldown).build().start();
        kiosks.add(node);
        return node;
    }

    private String get(KioskNode node, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void post(KioskNode node, String path, String body) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(node.url() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
