package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.BrowserSuite;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/wijk.test.mjs): a publicist uploads Diezerpoort's boundary and writes
 * its gebiedsagenda; a Diezerpoort kiosk then draws the uploaded outline and gets the agenda.
 */
@Tag("slow")
@Tag("ui")
class PublicistZetWijkgrensInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void an_uploaded_boundary_becomes_the_kiosk_map_and_the_agenda_reaches_the_kiosk() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        HttpResponse<String> login = beheer.post(
                "/api/beheer/medewerkers",
                Beheer.JSON.writeValueAsString(Map.of(
                        "gebruikersnaam",
                        "piet",
                        "naam",
                        "Piet Publicist",
                        "rol",
                        "publicist",
                        "wachtwoord",
                        WACHTWOORD)));
        assertEquals(201, login.statusCode(), login.body());

        BrowserSuite.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "wijk.test.mjs",
                        Map.of("CENTRAL_URL", centrale.url(), "PUBLICIST", "piet", "WACHTWOORD", WACHTWOORD));
        assertEquals(0, result.exit(), result.output());

        JsonNode feed = Beheer.JSON.readTree(
                kiosk.send("GET", "/api/sync/v1/content", "", kiosk.secret, System.currentTimeMillis())
                        .body());
        JsonNode vormen = feed.path("wijkkaart").path("wijken");
        assertEquals(1, vormen.size(), "the map is drawn from the uploaded outline: " + vormen);
        assertEquals("WK019302", vormen.path(0).path("code").asText());
        assertTrue(
                vormen.path(0).path("pad").asText().matches("M[0-9.]+ [0-9.]+( L[0-9.]+ [0-9.]+)+ Z"),
                vormen.toString());
        assertEquals(
                "Meer groen in de straten",
                feed.path("gebiedsagenda").path("doelen").path(0).asText());
        assertEquals(
                "Bomen planten in de Vechtstraat",
                feed.path("gebiedsagenda").path("opgaven").path(0).asText());
    }
}
