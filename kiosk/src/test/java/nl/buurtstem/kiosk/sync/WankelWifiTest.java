package nl.buurtstem.kiosk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.CentralNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buurthuis Wi-Fi drops, stalls and cuts connections half-way through a batch, also right after the central
 * node committed and before the kiosk heard so. Every acknowledged tap is still counted exactly once.
 */
class WankelWifiTest {

    @TempDir
    Path centralData;
    @TempDir
    Path kioskData;
    private CentralNode centralNode;
    private StoringsProxy wifi;
    private KioskNode kiosk;

    private final java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    private java.io.PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        originalErr = System.err;
        System.setErr(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                originalErr.write(b);
                synchronized (log) {
                    log.write(b);
                }
            }
        }, true));
        centralNode = CentralNode.builder().dataDir(centralData).port(0).demoContent(true).build().start();
        wifi = new StoringsProxy(centralNode.port(), 20261124L);
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.stop();
        }
        wifi.close();
        centralNode.stop();
        System.setErr(originalErr);
    }

    @Test
    void taps_during_a_flaky_connection_are_counted_exactly_once() throws Exception {
        Centrale centrale = new Centrale(centralNode.url(), centralData);
        Centrale.Registratie registratie = centrale.registreer("Buurthuis Assendorp", wifi.url());
        kiosk = KioskNode.builder(registratie.config()).dataDir(kioskData).port(0).gpio(GpioPlatform.Choice.SIMULATED)
                .syncInterval(Duration.ofMillis(100)).answerCooldown(Duration.ZERO).build().start();
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();

        wifi.chaos(true);
        int acknowledged = 0;
        for (int i = 0; i < 600; i++) {
            acknowledged += bewoners.tik(peiling, 1 + i % 4) ? 1 : 0;
            if (i % 20 == 0) {
                Thread.sleep(150);
            }
        }
        Bewoners.await(() -> wifi.count(StoringsProxy.Lot.AFKAPPEN_ANTWOORD) >= 3 && wifi.count(StoringsProxy.Lot.AFKAPPEN_VERZOEK) >= 3,
                done -> done, Duration.ofSeconds(60));
        wifi.chaos(false);

        assertTrue(wifi.count(StoringsProxy.Lot.AFKAPPEN_ANTWOORD) >= 3, "answers were cut after the central node committed; " + wifi);
        assertTrue(wifi.count(StoringsProxy.Lot.AFKAPPEN_VERZOEK) >= 3, "requests were cut mid-batch; " + wifi);
        assertTrue(wifi.count(StoringsProxy.Lot.WEIGEREN) >= 1 && wifi.count(StoringsProxy.Lot.VERTRAGEN) >= 1, wifi.toString());
        assertEquals(0L, Bewoners.await(bewoners::wachtend, n -> n == 0, Duration.ofSeconds(90)), "outbox drained");
        assertEquals(acknowledged, Bewoners.opgeslagen(kioskData));
        assertEquals(acknowledged, centrale.telling(registratie.kioskId()), "counted exactly once at the central node");
        int expected = acknowledged;
        assertEquals(expected, Bewoners.await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == expected,
                Duration.ofSeconds(30)), "counted exactly once in SPARQL");
        synchronized (log) {
            assertFalse(log.toString(java.nio.charset.StandardCharsets.UTF_8).contains("unexpected failure"),
                    "no cut request was answered with a 500");
        }
    }
}
