package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.release.Releases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin uses the dashboard's "Kiosk aanmelden" in Debian's Chromium (src/test/browser-opstartkaart, Node +
 * playwright-core) against a real central node with the real boot card maker, and the card lands as a download.
 */
class BeheerderMeldtKioskAanInBrowserTest {

    private static final String WACHTWOORD = "kroon-beheer-2026-lang-genoeg";

    private static final Path SUITE = Path.of("src/test/browser-opstartkaart").toAbsolutePath();
    private static final Path ARTEFACTS = Path.of("target-browser-opstartkaart").toAbsolutePath();

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;

    @BeforeEach
    void start() throws Exception {
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        new Releases(work, centralData).publishHealthy("0.1.0");
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void an_admin_registers_a_kiosk_and_downloads_its_boot_card() throws Exception {
        Tools.require("chromium", "node", "npm");
        if (!Files.isDirectory(SUITE.resolve("node_modules/playwright-core"))) {
            Tools.Result npm = Tools.run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), SUITE);
            assertEquals(0, npm.exit(), npm.output());
        }
        Files.deleteIfExists(ARTEFACTS.resolve("opstartkaart.zip"));
        // Staff log in with their own account; registering kiosks is for a beheerder.
        new Beheer(central.url(), centralData).voegMedewerkerToe("bea", "Bea Beheerder", "beheerder", WACHTWOORD);

        Tools.Result suite = Tools.run(
                List.of("node", "--test", "--test-reporter=spec", "opstartkaart.test.mjs"),
                Map.of(
                        "CENTRAL_URL",
                        central.url(),
                        "BEHEERDER",
                        "bea",
                        "WACHTWOORD",
                        WACHTWOORD,
                        "ARTEFACTS",
                        ARTEFACTS.toString()),
                SUITE);

        assertEquals(0, suite.exit(), suite.output());
        try (ZipFile card = new ZipFile(ARTEFACTS.resolve("opstartkaart.zip").toFile())) {
            String token = new ObjectMapper()
                    .readTree(card.getInputStream(card.getEntry("kiosk.json")))
                    .path("enrollmentToken")
                    .asText();
            assertTrue(token.length() >= 32, "the downloaded card carries the kiosk's one-time token");
            assertTrue(card.getEntry("user-data") != null && card.getEntry("buurtstem/firstboot.sh") != null);
        } catch (IOException e) {
            throw new AssertionError("the browser's download is not a readable zip", e);
        }
    }
}
