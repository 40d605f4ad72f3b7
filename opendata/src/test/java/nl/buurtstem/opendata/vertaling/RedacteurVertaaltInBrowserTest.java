package nl.buurtstem.opendata.vertaling;

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
 * In Debian's Chromium (src/test/browser-beheer/vertaling.test.mjs): a redacteur translates a poll's question and one
 * answer into Arabic; a kiosk gets the translation with its content. After a publicist changes the Dutch question,
 * the translation is marked out of date until the redacteur translates it again.
 */
@Tag("slow")
@Tag("ui")
class RedacteurVertaaltInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_redacteur_translates_a_poll_and_the_kiosk_gets_it() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("ria", "Ria Redacteur", "redacteur", WACHTWOORD);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "vertaling.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "REDACTEUR",
                                "ria",
                                "PUBLICIST",
                                "piet",
                                "WACHTWOORD",
                                WACHTWOORD));
        assertEquals(0, result.exit(), result.output());

        HttpResponse<String> content = kiosk.content();
        JsonNode ar = Beheer.JSON
                .readTree(content.body())
                .path("vertalingen")
                .path("peiling/veilig-in-de-wijk")
                .path("ar");
        assertEquals(
                "هل تشعر بالأمان عندما تمشي عبر حيك مساءً؟", ar.path("vraag").asText(), "the translation saved last");
        assertEquals("نعم", ar.path("optie1").asText());
    }
}
