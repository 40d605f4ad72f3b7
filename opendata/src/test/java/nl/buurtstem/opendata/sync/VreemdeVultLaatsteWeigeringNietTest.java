package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kiosk's id is public (it is in every request and in the open data), so anyone can send badly signed requests
 * naming it. What staff read as the kiosk's last refusal is only what the kiosk's own key signed (revoked, clock far
 * off); badly signed requests are one labelled count, written at most once a minute however many arrive.
 */
class VreemdeVultLaatsteWeigeringNietTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void badly_signed_requests_with_a_kiosk_s_id_do_not_become_its_last_refusal() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        for (int i = 0; i < 40; i++) {
            assertEquals(
                    401,
                    kiosk.send("POST", "/api/sync/v1/events", KioskBerichten.answers(1, 1), "geraden-" + i, now())
                            .statusCode());
        }

        JsonNode sync = overzicht(kiosk);

        assertTrue(sync.get("lastRefusal").isNull(), sync.toString());
        JsonNode unproven = sync.get("unprovenRefusals");
        assertEquals(1, unproven.get("times").asInt(), "written once within the minute, not 40 times");
        assertTrue(unproven.get("note").asText().contains("bewijzen niet"), unproven.toString());
    }

    @Test
    void a_request_the_kiosk_signed_with_a_clock_far_off_is_shown_as_its_refusal() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.send("POST", "/api/sync/v1/events", KioskBerichten.answers(1, 1), "geraden", now());
        long eenUurGeleden = now() - Duration.ofHours(1).toMillis();

        assertEquals(
                401,
                kiosk.send("POST", "/api/sync/v1/events", KioskBerichten.answers(1, 1), kiosk.secret, eenUurGeleden)
                        .statusCode());
        JsonNode sync = overzicht(kiosk);

        assertEquals("stale-timestamp", sync.get("lastRefusal").get("type").asText(), sync.toString());
        assertEquals(1, sync.get("unprovenRefusals").get("times").asInt());
    }

    private JsonNode overzicht(TestKiosk kiosk) throws Exception {
        return new Beheer(centrale.url(), centrale.data()).get("/api/beheer/sync/kiosks/" + kiosk.id);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
