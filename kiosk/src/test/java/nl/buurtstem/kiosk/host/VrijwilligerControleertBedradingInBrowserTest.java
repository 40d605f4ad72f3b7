package nl.buurtstem.kiosk.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import nl.buurtstem.kiosk.Browser;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardware check screen in Debian's Chromium (src/test/host-browser, Node + playwright-core): PIN first, then
 * every button, lamp and the sensor as a volunteer sees them. Skipped without Node or Chromium on a developer's
 * machine, failed on CI (CI=true). The screenshot is kept in the build folder's host-browser/.
 */
@Tag("slow")
class VrijwilligerControleertBedradingInBrowserTest {

    private static final String PIN = "4821";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;

    @BeforeEach
    void start() throws Exception {
        Browser.HOST_CHECK.requireTools();
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
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void a_volunteer_sees_every_part_of_the_wiring_in_the_browser() throws Exception {
        // Beside test-classes, so parallel builds with their own build folder keep their screenshots apart.
        Path artefacts = Path.of(getClass()
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent()
                .resolve("host-browser");
        Command.Result run = Browser.HOST_CHECK.run(
                Map.of("KIOSK_URL", kiosk.url(), "HOST_PIN", PIN, "ARTEFACTS", artefacts.toString()), artefacts);

        assertEquals(0, run.exit(), run.output());
    }
}
