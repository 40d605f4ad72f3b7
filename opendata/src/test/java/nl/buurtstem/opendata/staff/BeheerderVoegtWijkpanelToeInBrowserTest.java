package nl.buurtstem.opendata.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/medewerkers.test.mjs): a beheerder adds a wijkpanel volunteer, who
 * proposes a poll for their wijk; the audit log then says who made the login, who proposed and who published.
 */
@Tag("slow")
@Tag("ui")
class BeheerderVoegtWijkpanelToeInBrowserTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_wijkpanel_proposes_for_its_own_wijk_and_a_publicist_approves() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "medewerkers.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "ADMIN_PASSWORD",
                                Beheer.beheerderswachtwoord(centrale.data())));
        assertEquals(0, result.exit(), result.output());

        JsonNode audit = beheer.get("/api/beheer/audit?limiet=50");
        String log = audit.toString();
        assertTrue(log.contains("\"medewerker aangemaakt\"") && log.contains("rol wijkpanel, wijk WK019311"), log);
        boolean voorgesteld = false;
        boolean gepubliceerd = false;
        for (JsonNode r : audit) {
            if (r.path("soort").asText().equals("peiling")
                    && r.path("wie").asText().startsWith("wim ")) {
                voorgesteld |= r.path("actie").asText().equals("concept opgeslagen")
                        && r.path("rol").asText().equals("wijkpanel");
            }
            if (r.path("soort").asText().equals("peiling")
                    && r.path("wie").asText().startsWith("admin ")) {
                gepubliceerd |= r.path("actie").asText().equals("gepubliceerd");
            }
        }
        assertTrue(voorgesteld && gepubliceerd, log);
    }
}
