package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone pulls the kiosk's power strip while residents tap away (kill -9 of the kiosk process). Every tap the
 * screen acknowledged is counted exactly once at the central node and in SPARQL, after the kiosk comes back.
 */
@Tag("slow")
class StekkerUitKioskTest {

    private static final String KIOSK_MAIN = "nl.buurtstem.kiosk.Main";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private Centrale centrale;
    private AparteJvm kiosk;
    private int kioskPort;

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        centrale = gemeente.centrale();
        kioskPort = FreePort.find();
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        gemeente.stop();
    }

    @Test
    void every_acknowledged_tap_survives_kill_9_of_the_kiosk_during_a_burst() throws Exception {
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        Files.writeString(kioskData.resolve("kiosk.json"), Centrale.JSON.writeValueAsString(registratie.config()));
        kiosk = startKiosk();
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();

        int acknowledged = 0;
        for (int round = 0; round < 2; round++) {
            acknowledged += burstUntilKilled(bewoners, peiling);
            kiosk = startKiosk();
        }
        for (int i = 0; i < 5; i++) {
            acknowledged += bewoners.tik(peiling, 1 + i % 4) ? 1 : 0;
        }

        assertEquals(0L, await(bewoners::wachtend, n -> n == 0, Duration.ofSeconds(60)), "outbox drained");
        long stored = Bewoners.opgeslagen(kioskData);
        assertTrue(
                stored >= acknowledged, "the kiosk lost acknowledged answers: stored " + stored + " < " + acknowledged);
        assertEquals(stored, centrale.telling(registratie.kioskId()), "counted exactly once at the central node");
        assertEquals(
                stored,
                await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == stored),
                "counted exactly once in SPARQL");

        Path credentials = kioskData.resolve("credentials.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
        String secret =
                Centrale.JSON.readTree(credentials.toFile()).get("secret").asText();
        assertFalse(Files.readString(kioskData.resolve("kiosk.log")).contains(secret), "the secret is never logged");
    }

    /** Four residents tap as fast as the kiosk answers; the plug is pulled mid-burst. Returns the acknowledged taps. */
    private int burstUntilKilled(Bewoners bewoners, String peiling) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean powered = new AtomicBoolean(true);
        ExecutorService residents = Executors.newFixedThreadPool(4);
        List<Future<?>> taps = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int optie = 1 + r;
            taps.add(residents.submit(() -> {
                while (powered.get()) {
                    try {
                        if (bewoners.tik(peiling, optie)) {
                            acknowledged.incrementAndGet();
                        }
                    } catch (Exception unanswered) {
                        // the kiosk died under this tap: the screen never said thanks, so it need not count
                    }
                }
                return null;
            }));
        }
        await(acknowledged::get, n -> n >= 150, Duration.ofSeconds(60));
        kiosk.kill9();
        powered.set(false);
        for (Future<?> tap : taps) {
            tap.get();
        }
        residents.shutdown();
        assertTrue(acknowledged.get() >= 150, "the burst reached the kiosk");
        return acknowledged.get();
    }

    private AparteJvm startKiosk() {
        return AparteJvm.start(
                KIOSK_MAIN,
                kioskPort,
                kioskData.resolve("kiosk.log"),
                "--config",
                kioskData.resolve("kiosk.json").toString(),
                "--data",
                kioskData.toString(),
                "--port",
                Integer.toString(kioskPort),
                "--hardware",
                "simulated",
                "--sync-interval-ms",
                "200",
                "--answer-cooldown-ms",
                "0");
    }
}
