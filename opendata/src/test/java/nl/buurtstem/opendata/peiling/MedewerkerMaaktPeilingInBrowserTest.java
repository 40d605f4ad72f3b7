package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * In Debian's Chromium (src/test/browser-beheer): a publicist and a redacteur log in with their own logins and make
 * polls through the staff pages, by label and by keyboard; axe-core finds nothing on any staff page. Then the poll is
 * in a Diezerpoort kiosk's content feed with its place, its end in Dutch time and as the buttons' question.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerMaaktPeilingInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void staff_make_a_poll_in_the_browser_and_the_kiosk_gets_it_in_order_with_its_end() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        beheer.voegMedewerkerToe("ria", "Ria Redacteur", "redacteur", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "beheer.test.mjs",
                        Map.of(
                                "CENTRAL_URL", centrale.url(),
                                "PUBLICIST", "piet",
                                "REDACTEUR", "ria",
                                "WACHTWOORD", WACHTWOORD,
                                "ARTEFACTS", "../../../target/browser-beheer"));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("PEILING=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        JsonNode feed = Beheer.JSON.readTree(content.body());
        JsonNode eerste = feed.path("peilingen").path(0);
        assertEquals(id.group(1), eerste.path("id").asText(), "the poll with place 1 comes first: " + feed);
        assertEquals(1, eerste.path("volgorde").asInt());
        assertEquals("2030-05-12T18:00+02:00", eerste.path("eind").asText());
        assertTrue(eerste.path("start").isMissingNode(), "no start: from publication");
        assertEquals(id.group(1), feed.path("vraagVanDeWeek").asText());
        for (JsonNode p : feed.path("peilingen")) {
            assertTrue(
                    !p.path("vraag").asText().startsWith("Hoe tevreden bent u over de speeltuin"),
                    "a concept stays off");
        }
    }
}
