package nl.buurtstem.opendata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A staff member opens the staff home and sees at a glance how the kiosks are: how many work, and which one needs
 * someone, with why and since when, linked to that kiosk's page on the dashboard. A kiosk that answers but has an
 * alarm open counts as one to look at, not as one that works.
 */
class MedewerkerZietOpDeStartpaginaWelkeKioskAandachtNodigHeeftTest {

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()
                    .withTimes(
                            Duration.ofSeconds(30),
                            Duration.ofMinutes(1),
                            Duration.ofMinutes(3),
                            Duration.ofMinutes(10),
                            Duration.ofSeconds(1))
                    .withOpeningstijden(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
            .clock(klok));

    @Test
    void the_staff_home_names_the_kiosk_that_went_silent_and_the_one_never_connected() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kroon = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
        TestKiosk anker = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019311");
        TestKiosk nieuw = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Wijkcentrum Holtenbroek", "WK019330");
        kroon.heartbeat(0, 45.0);
        anker.heartbeat(0, 45.0);
        // Four minutes on (within the kiosks' allowed clock skew, so Het Anker's signed heartbeat still counts).
        klok.advance(Duration.ofMinutes(4));
        anker.heartbeat(0, 45.0);

        String thuis = Await.await(() -> startpagina(beheer), html -> html.contains("Offline: 1"));
        assertTrue(thuis.contains("Werkt: 1"), thuis);
        assertTrue(thuis.contains("Nog nooit verbonden: 1"), thuis);
        String aandacht = thuis.substring(thuis.indexOf("id=\"kiosk-aandacht\""));
        aandacht = aandacht.substring(0, aandacht.indexOf("</ul>"));
        assertTrue(
                aandacht.contains("href=\"/beheer/kiosks/#kiosk/" + kroon.id + "\">Buurthuis De Kroon</a>"), aandacht);
        assertTrue(aandacht.contains("(Diezerpoort)"), "the wijk by its name: " + aandacht);
        assertTrue(aandacht.contains("Offline</strong>, laatst gezien 4 min geleden"), aandacht);
        assertTrue(aandacht.contains("Wijkcentrum Holtenbroek"), aandacht);
        assertTrue(aandacht.contains("Nog nooit verbonden</strong>, laatst gezien nooit"), aandacht);
        assertFalse(aandacht.contains("Het Anker"), "a working kiosk needs nobody: " + aandacht);
    }

    @Test
    void a_kiosk_that_answers_with_an_alarm_open_is_not_counted_as_working_but_named_with_its_alarm() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kroon = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
        TestKiosk anker = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis Het Anker", "WK019311");
        kroon.heartbeat(0, 92.0);
        anker.heartbeat(0, 45.0);

        String thuis = Await.await(() -> startpagina(beheer), html -> html.contains("Let op: 1"));
        assertTrue(thuis.contains("Werkt: 1"), "only Het Anker works as it should: " + thuis);
        String aandacht = thuis.substring(thuis.indexOf("id=\"kiosk-aandacht\""));
        aandacht = aandacht.substring(0, aandacht.indexOf("</ul>"));
        assertTrue(aandacht.contains("Let op: Kiosk is te heet</strong>"), "what to go and look at: " + aandacht);
        assertTrue(aandacht.contains("Buurthuis De Kroon"), aandacht);
        assertFalse(aandacht.contains("Het Anker"), aandacht);

        JsonNode kiosk = beheer.get("/api/beheer/kiosks/" + kroon.id);
        assertEquals("online", kiosk.path("status").path("code").asText(), "its heartbeats still say it is online");
        assertEquals("let-op", kiosk.path("stand").path("code").asText(), kiosk.toString());
    }

    private static String startpagina(Beheer beheer) throws Exception {
        HttpResponse<String> r = beheer.send("GET", "/beheer/", null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
