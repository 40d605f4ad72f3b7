package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff revoke a kiosk. From then on the central node refuses it; the kiosk keeps every answer it already
 * acknowledged (nothing is pruned without an acknowledgement) and tells the buurthuis host why it cannot sync.
 */
class KioskIngetrokkenTest {

    @RegisterExtension
    final BuurtInDezeJvm buurt = new BuurtInDezeJvm();

    @Test
    void a_revoked_kiosk_keeps_its_answers_and_shows_why_it_cannot_sync() throws Exception {
        Centrale centrale = buurt.centrale();
        Registratie registratie = centrale.registreer("Buurthuis De Kroon");
        KioskNode kiosk = buurt.startKiosk(registratie, Duration.ofMillis(100));
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();
        bewoners.tik(peiling, 1);
        await(() -> centrale.telling(registratie.kioskId()), n -> n == 1);

        centrale.trekIn(registratie.kioskId(), "Scherm kapot, vervangen door een nieuwe kiosk");
        bewoners.tik(peiling, 2);
        bewoners.tik(peiling, 3);
        JsonNode status =
                await(bewoners::status, s -> s.path("probleem").asText().contains("kiosk-revoked"));

        assertTrue(status.path("probleem").asText().contains("Scherm kapot"), status.toString());
        assertFalse(status.path("online").asBoolean());
        assertEquals(2, status.path("wachtend").asLong(), "answers the central node refuses stay queued");
        assertEquals(3, Bewoners.opgeslagen(buurt.kioskData()));
        assertEquals(1, centrale.telling(registratie.kioskId()), "nothing of a revoked kiosk is added");
        assertEquals(1L, await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == 1));
    }
}
