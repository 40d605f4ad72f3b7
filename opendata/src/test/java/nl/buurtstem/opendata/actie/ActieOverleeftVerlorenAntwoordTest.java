package nl.buurtstem.opendata.actie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A heartbeat reply carrying a restart never reaches the kiosk (its HTTP client gave up, the buurthuis Wi-Fi dropped):
 * the central node hands the restart out again with every reply until the kiosk says what became of it, and the
 * dashboard shows it under way until then, done after.
 */
@Tag("slow")
class ActieOverleeftVerlorenAntwoordTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()));

    private Beheer beheer;
    private TestKiosk kiosk;

    @BeforeEach
    void connect() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
        kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis De Kroon", "WK019311");
        kiosk.heartbeat(0, 50.0);
    }

    @Test
    void restart_from_a_lost_reply_is_handed_out_again_until_the_kiosk_reports_it() throws Exception {
        assertEquals(
                202,
                beheer.post("/api/beheer/kiosks/" + kiosk.id + "/acties", "{\"type\":\"restart-app\"}")
                        .statusCode());

        JsonNode lost = kiosk.heartbeat(0, 50.0);
        assertEquals(1, lost.path("actions").size(), lost.toString());
        String id = lost.path("actions").get(0).path("id").asText();
        assertEquals("onderweg", state(actie(id)));

        JsonNode again = kiosk.heartbeat(0, 50.0);
        assertEquals(1, again.path("actions").size(), "the restart comes again: " + again);
        assertEquals(id, again.path("actions").get(0).path("id").asText(), "as the same action, so it is done once");
        assertEquals(
                lost.path("actions").get(0).toString(),
                again.path("actions").get(0).toString(),
                "the same action, with its parameters");

        String started = report(id, true, "started");
        JsonNode after = kiosk.heartbeat(started);
        assertEquals(0, after.path("actions").size(), "reported, so no more: " + after);
        assertEquals("gedaan", state(actie(id)));

        // The kiosk cannot know its report arrived when that reply is lost too; it reports again.
        JsonNode twice = kiosk.heartbeat(started);
        assertEquals(0, twice.path("actions").size(), twice.toString());
        long noted = 0;
        for (JsonNode regel : beheer.get("/api/beheer/kiosks/" + kiosk.id).path("gebeurtenissen")) {
            if (regel.toString().contains("herstarten: gedaan")) {
                noted++;
            }
        }
        assertEquals(1, noted, "the kiosk's log says once that the restart was done");
    }

    @Test
    void a_failure_reported_ends_the_action_as_failed() throws Exception {
        beheer.post("/api/beheer/kiosks/" + kiosk.id + "/acties", "{\"type\":\"reboot\"}");
        String id = kiosk.heartbeat(0, 50.0).path("actions").get(0).path("id").asText();

        JsonNode reply = kiosk.heartbeat(report(id, false, "not configured on this kiosk"));

        assertEquals(0, reply.path("actions").size(), reply.toString());
        JsonNode actie = actie(id);
        assertEquals("mislukt", state(actie));
        assertEquals("not configured on this kiosk", actie.path("bericht").asText());
        assertFalse(kiosk.heartbeat(0, 50.0).path("actions").elements().hasNext(), "a failed action is not repeated");
    }

    private String report(String id, boolean ok, String message) {
        String healthy = KioskBerichten.healthy(0, 50.0);
        return healthy.substring(0, healthy.length() - 1) + ",\"results\":[{\"action\":\"" + id + "\",\"ok\":" + ok
                + ",\"message\":\"" + message + "\"}]}";
    }

    private JsonNode actie(String id) throws Exception {
        for (JsonNode actie : beheer.get("/api/beheer/kiosks/" + kiosk.id).path("acties")) {
            if (actie.path("id").asText().equals(id)) {
                return actie;
            }
        }
        throw new AssertionError("the dashboard does not list action " + id);
    }

    /** The words the dashboard shows for an action (fleet-ui/fleet.js). */
    private static String state(JsonNode actie) {
        assertTrue(actie.has("verstuurd"), actie.toString());
        if (!actie.path("klaar").isNull() && !actie.path("klaar").isMissingNode()) {
            return actie.path("ok").asBoolean() ? "gedaan" : "mislukt";
        }
        return actie.path("verstuurd").isNull() ? "wacht op de kiosk" : "onderweg";
    }
}
