package nl.buurtstem.opendata.actie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.Browsersessie;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff with their own logins act on kiosks as far as their role allows: every role watches, a publisher may
 * ask for a screenshot or a message, only an admin may restart or reboot; each action is audited by name.
 */
@Tag("slow")
class MedewerkerBedientKioskNaarRolTest {

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

    private Browsersessie login(String gebruikersnaam, String naam, String rol) throws Exception {
        String wachtwoord = "een-lang-wachtwoord-" + rol;
        beheer.voegMedewerkerToe(gebruikersnaam, naam, rol, wachtwoord);
        Browsersessie browser = new Browsersessie(centrale.url());
        HttpResponse<String> login = browser.login(gebruikersnaam, wachtwoord);
        assertEquals(200, login.statusCode(), login.body());
        return browser;
    }

    /** As the dashboard's page sends it: a browser names the page's origin. */
    private HttpResponse<String> act(Browsersessie as, String type) throws Exception {
        return as.send("POST", "/api/beheer/kiosks/" + kiosk.id + "/acties", "{\"type\":\"" + type + "\"}");
    }

    /** The audit lines of remote actions; the log also says who registered the kiosk. */
    private static List<JsonNode> acties(JsonNode audit) {
        List<JsonNode> lines = new ArrayList<>();
        audit.forEach(regel -> {
            if (!regel.path("actie").asText().equals("Kiosk aangemeld")) {
                lines.add(regel);
            }
        });
        return lines;
    }

    @Test
    void editor_watches_publisher_asks_a_screenshot_only_admin_reboots() throws Exception {
        Browsersessie redacteur = login("ria", "Ria Redacteur", "editor");
        // Logins made with the role codes of 0.1 (editor, publisher) keep working; the audit log names the new roles.
        Browsersessie publicist = login("piet", "Piet Publicist", "publisher");

        assertEquals(
                200, redacteur.get("/api/beheer/kiosks", "application/json").statusCode());
        HttpResponse<String> refused = act(redacteur, "reload-page");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("role-not-allowed"), refused.body());

        assertEquals(202, act(publicist, "screenshot").statusCode());
        assertEquals(403, act(publicist, "reboot").statusCode());
        assertEquals(202, beheer.vraagActie(kiosk.id, "{\"type\":\"reboot\"}").statusCode());

        JsonNode reply = kiosk.heartbeat(0, 50.0);
        assertEquals(2, reply.path("actions").size(), "only the allowed actions reach the kiosk: " + reply);
        List<JsonNode> audit = acties(beheer.get("/api/beheer/audit?soort=kiosk"));
        assertEquals(2, audit.size());
        assertTrue(
                audit.toString().contains("Piet Publicist") && audit.toString().contains("publicist"),
                audit.toString());
    }

    @Test
    void without_a_login_nothing_of_the_fleet_is_shown() throws Exception {
        HttpResponse<String> r = beheer.unauthenticated("/api/beheer/kiosks");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                401,
                beheer.unauthenticated("/api/beheer/kiosks/" + kiosk.id + "/schermafdruk")
                        .statusCode());
    }
}
