package nl.buurtstem.kiosk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
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
    private Gemeente gemeente;
    private KioskNode kiosk;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        centralData = Files.createTempDirectory("buurtstem-central");
        kioskData = Files.createTempDirectory("buurtstem-kiosk");
        gemeente = Gemeente.start(centralData);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopKiosk();
        gemeente.stop();
        delete(kioskData);
        delete(centralData);
    }

    Centrale centrale() {
        return gemeente.centrale();
    }

    Path kioskData() {
        return kioskData;
    }

    /** Starts the kiosk (stopping one that runs), counting every tap (no cool-down). */
    KioskNode startKiosk(Registratie registratie, Duration syncInterval) {
        stopKiosk();
        kiosk = registratie
                .kiosk(kioskData)
                .syncInterval(syncInterval)
                .answerCooldown(Duration.ZERO)
                .build()
                .start();
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
