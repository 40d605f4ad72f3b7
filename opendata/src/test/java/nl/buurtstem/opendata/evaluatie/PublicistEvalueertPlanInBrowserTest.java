package nl.buurtstem.opendata.evaluatie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/evaluatie.test.mjs): a publicist evaluates the demo's Vechtstraat
 * plan with an indicator; the evaluation is published in the open data, linked to the plan.
 */
@Tag("slow")
@Tag("ui")
class PublicistEvalueertPlanInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_publicist_evaluates_a_plan_and_it_is_in_the_open_data() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "evaluatie.test.mjs",
                        Map.of("CENTRAL_URL", centrale.url(), "PUBLICIST", "piet", "WACHTWOORD", WACHTWOORD));
        assertEquals(0, result.exit(), result.output());
    }
}
