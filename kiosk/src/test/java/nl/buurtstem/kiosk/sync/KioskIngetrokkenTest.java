package nl.buurtstem.kiosk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Staff revoke a kiosk. From then on the central node refuses it; the kiosk keeps every answer it already
 * acknowledged (nothing is pruned without an acknowledgement) and tells the buurthuis host why it cannot sync.
 */
class KioskIngetrokkenTest {

    @TempDir
    Path centralData;
    @TempDir
    Path kioskData;
    private CentralNode centralNode;
    private KioskNode kiosk;

    @BeforeEach
    void start() {
        centralNode = CentralNode.builder().dataDir(centralData).port(0).demoContent(true).build().start();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        centralNode.stop();
    }

    @Test
    void a_revoked_kiosk_keeps_its_answers_and_shows_why_it_cannot_sync() throws Exception {
        Centrale centrale = new Centrale(centralNode.url(), centralData);
        Centrale.Registratie registratie = centrale.registreer("Buurthuis De Kroon", centralNode.url());
        kiosk = KioskNode.builder(registratie.config()).dataDir(kioskData).port(0).gpio(GpioPlatform.Choice.SIMULATED)
                .syncInterval(Duration.ofMillis(100)).answerCooldown(Duration.ZERO).build().start();
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();
        bewoners.tik(peiling, 1);
        Bewoners.await(() -> centrale.telling(registratie.kioskId()), n -> n == 1, Duration.ofSeconds(30));

        centrale.trekIn(registratie.kioskId(), "Scherm kapot, vervangen door een nieuwe kiosk");
        bewoners.tik(peiling, 2);
        bewoners.tik(peiling, 3);
        JsonNode status = Bewoners.await(bewoners::status, s -> s.path("probleem").asText().contains("kiosk-revoked"),
                Duration.ofSeconds(30));

        assertTrue(status.path("probleem").asText().contains("Scherm kapot"), status.toString());
        assertFalse(status.path("online").asBoolean());
        assertEquals(2, status.path("wachtend").asLong(), "answers the central node refuses stay queued");
        assertEquals(3, Bewoners.opgeslagen(kioskData));
        assertEquals(1, centrale.telling(registratie.kioskId()), "nothing of a revoked kiosk is added");
        assertEquals(1L, Bewoners.await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == 1, Duration.ofSeconds(30)));
    }
}
