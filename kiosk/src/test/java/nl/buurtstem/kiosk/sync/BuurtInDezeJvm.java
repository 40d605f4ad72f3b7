package nl.buurtstem.kiosk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.CentralNode;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For fault stories that need no separate processes: a real central node with demo content in this JVM, and at
 * most one kiosk at a time on its own data folder; both in fresh folders per test and stopped after it.
 */
final class BuurtInDezeJvm implements BeforeEachCallback, AfterEachCallback {

    private Path centralData;
    private Path kioskData;
    private CentralNode centralNode;
    private Centrale centrale;
    private KioskNode kiosk;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        centralData = Files.createTempDirectory("buurtstem-central");
        kioskData = Files.createTempDirectory("buurtstem-kiosk");
        centralNode = CentralNode.builder().dataDir(centralData).port(0).demoContent(true).build().start();
        centrale = new Centrale(centralNode.url(), centralData);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopKiosk();
        centralNode.stop();
        delete(kioskData);
        delete(centralData);
    }

    Centrale centrale() {
        return centrale;
    }

    Path kioskData() {
        return kioskData;
    }

    /** Registers a kiosk for the wijk, as staff would. */
    Centrale.Registratie registreer(String naam) throws Exception {
        return centrale.registreer(naam, centralNode.url());
    }

    /** Starts the kiosk (stopping one that runs), counting every tap (no cool-down). */
    KioskNode startKiosk(Centrale.Registratie registratie, Duration syncInterval) {
        stopKiosk();
        kiosk = KioskNode.builder(registratie.config()).dataDir(kioskData).port(0).gpio(GpioPlatform.Choice.SIMULATED)
                .syncInterval(syncInterval).answerCooldown(Duration.ZERO).build().start();
        return kiosk;
    }

    void stopKiosk() {
        if (kiosk != null) {
            kiosk.stop();
            kiosk = null;
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + folder, e);
        }
    }
}
