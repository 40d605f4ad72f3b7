package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone on the buurthuis Wi-Fi captures a kiosk's signed request and sends it again, byte for byte.
 * The central node refuses it, also after a restart, and the answer it carried is counted once.
 */
class HerhaaldVerzoekWordtGeweigerdTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_captured_request_sent_again_is_refused_also_after_a_restart() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        HttpRequest captured = kiosk.signed(
                "POST",
                "/api/sync/v1/events",
                KioskBerichten.answers(1, 1).getBytes(StandardCharsets.UTF_8),
                kiosk.secret,
                System.currentTimeMillis(),
                UUID.randomUUID().toString());
        assertEquals(200, kiosk.send(captured).statusCode());

        HttpResponse<String> replayed = kiosk.send(captured);
        centrale.herstart();
        HttpResponse<String> replayedAfterRestart = kiosk.send(captured);

        assertEquals(401, replayed.statusCode());
        assertTrue(replayed.body().contains("/problems/replayed"), replayed.body());
        assertEquals(401, replayedAfterRestart.statusCode());
        assertTrue(replayedAfterRestart.body().contains("/problems/replayed"), replayedAfterRestart.body());
        Telling telling = new Telling(centrale.node());
        assertEquals(1, telling.inDatabase(kiosk.id));
        assertEquals(1, telling.awaitSparql(kiosk.id, n -> n == 1));
    }
}
