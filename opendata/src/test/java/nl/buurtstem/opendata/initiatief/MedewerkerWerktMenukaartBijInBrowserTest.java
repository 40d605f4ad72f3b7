package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/menukaart.test.mjs): a publicist publishes two versions of the
 * menukaart and takes the first back as a draft; a kiosk shows the last published version, not the draft.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerWerktMenukaartBijInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_menukaart_is_edited_in_versions_and_the_kiosk_shows_the_published_one() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "menukaart.test.mjs",
                        Map.of("CENTRAL_URL", centrale.url(), "PUBLICIST", "piet", "WACHTWOORD", WACHTWOORD));
        assertEquals(0, result.exit(), result.output());

        HttpResponse<String> content = kiosk.content();
        JsonNode stap = Beheer.JSON
                .readTree(content.body())
                .path("menukaart")
                .path("stappen")
                .path(0);
        assertEquals("Vertel ons uw idee", stap.path("titel").asText(), "the last published version, not the draft");
        assertEquals(500, stap.path("fondsen").path(0).path("totEuro").asLong());
    }
}
