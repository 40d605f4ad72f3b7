package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buurthuis Wi-Fi drops, stalls and cuts connections half-way through a batch, also right after the central
 * node committed and before the kiosk heard so. Every acknowledged tap is still counted exactly once.
 */
@Tag("slow")
class WankelWifiTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private StoringsProxy wifi;
    private KioskNode kiosk;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        originalErr.write(b);
                        synchronized (log) {
                            log.write(b);
                        }
                    }
                },
                true));
        gemeente = Gemeente.start(centralData);
        wifi = new StoringsProxy(gemeente.port(), 20261124L);
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.stop();
        }
        wifi.close();
        gemeente.stop();
        System.setErr(originalErr);
    }

    @Test
    void taps_during_a_flaky_connection_are_counted_exactly_once() throws Exception {
        Centrale centrale = gemeente.centrale();
        Registratie registratie = centrale.registreer("Buurthuis Assendorp", wifi.url());
        kiosk = registratie
                .kiosk(kioskData)
                .syncInterval(Duration.ofMillis(100))
                .answerCooldown(Duration.ZERO)
                .build()
                .start();
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();

        wifi.chaos(true);
        int acknowledged = 0;
        for (int i = 0; i < 600; i++) {
            acknowledged += bewoners.tik(peiling, 1 + i % 4) ? 1 : 0;
            if (i % 100 == 99) {
                // Taps and syncs interleave: the kiosk tries the flaky Wi-Fi again before the next hundred taps.
                int before = wifi.connections();
                await(wifi::connections, n -> n > before, Duration.ofSeconds(60));
            }
        }
        await(
                () -> wifi.count(StoringsProxy.Lot.AFKAPPEN_ANTWOORD) >= 3
                        && wifi.count(StoringsProxy.Lot.AFKAPPEN_VERZOEK) >= 3,
                done -> done,
                Duration.ofSeconds(60));
        wifi.chaos(false);

        assertTrue(
                wifi.count(StoringsProxy.Lot.AFKAPPEN_ANTWOORD) >= 3,
                "answers were cut after the central node committed; " + wifi);
        assertTrue(wifi.count(StoringsProxy.Lot.AFKAPPEN_VERZOEK) >= 3, "requests were cut mid-batch; " + wifi);
        assertTrue(
                wifi.count(StoringsProxy.Lot.WEIGEREN) >= 1 && wifi.count(StoringsProxy.Lot.VERTRAGEN) >= 1,
                wifi.toString());
        assertEquals(0L, await(bewoners::wachtend, n -> n == 0, Duration.ofSeconds(90)), "outbox drained");
        assertEquals(acknowledged, Bewoners.opgeslagen(kioskData));
        assertEquals(acknowledged, centrale.telling(registratie.kioskId()), "counted exactly once at the central node");
        int expected = acknowledged;
        assertEquals(
                expected,
                await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == expected),
                "counted exactly once in SPARQL");
        synchronized (log) {
            assertFalse(
                    log.toString(StandardCharsets.UTF_8).contains("unexpected failure"),
                    "no cut request was answered with a 500");
        }
    }
}
