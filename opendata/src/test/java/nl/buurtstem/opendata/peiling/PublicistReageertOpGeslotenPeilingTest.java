package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * In Debian's Chromium (src/test/browser-beheer/reactie.test.mjs): a publicist closes the demo's zebrapad poll and
 * writes the municipality's response on its staff page, then translates it into English. A Diezerpoort kiosk gets
 * the response with the closed poll under "Wat er gebeurde", and its translation.
 */
@Tag("slow")
@Tag("ui")
class PublicistReageertOpGeslotenPeilingTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String PEILING = "zebrapad-vechtstraat";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_response_to_a_closed_poll_reaches_the_kiosk_with_its_result_and_translation() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "reactie.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "PUBLICIST",
                                "piet",
                                "WACHTWOORD",
                                WACHTWOORD,
                                "PEILING",
                                PEILING));
        assertEquals(0, result.exit(), result.output());

        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        JsonNode feed = Beheer.JSON.readTree(content.body());
        JsonNode gesloten = null;
        for (JsonNode p : feed.path("watErGebeurde").path("peilingen")) {
            if (p.path("id").asText().equals(PEILING)) {
                gesloten = p;
            }
        }
        assertTrue(gesloten != null, "the closed poll is under Wat er gebeurde: " + feed.path("watErGebeurde"));
        assertEquals(2, gesloten.path("opties").size(), "with its result");
        assertEquals(
                "In maart leggen we het zebrapad aan.",
                gesloten.path("reactie").path("doen").asText());
        assertEquals(
                "De meeste bewoners willen een zebrapad bij de school.",
                gesloten.path("reactie").path("zei").asText());
        assertEquals(
                "In March we will make the zebra crossing.",
                feed.path("vertalingen")
                        .path("peiling/" + PEILING + "/reactie")
                        .path("en")
                        .path("doen")
                        .asText(),
                "translated like other content");
    }
}
