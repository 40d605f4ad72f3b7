package nl.buurtstem.opendata.plan;

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
 * In Debian's Chromium (src/test/browser-beheer/plan.test.mjs): a publicist makes a plan with phases, a
 * participatiemoment and an uploaded PDF; then the plan is on a Diezerpoort kiosk with its document.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerMaaktPlanInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_publicist_makes_a_plan_with_a_pdf_and_the_kiosk_gets_it() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "plan.test.mjs",
                        Map.of("CENTRAL_URL", centrale.url(), "PUBLICIST", "piet", "WACHTWOORD", WACHTWOORD));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("PLAN=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        HttpResponse<String> content = kiosk.content();
        JsonNode plan = null;
        for (JsonNode p : Beheer.JSON.readTree(content.body()).path("plannen")) {
            if (p.path("id").asText().equals(id.group(1))) {
                plan = p;
            }
        }
        assertTrue(plan != null, "the plan is on the Diezerpoort kiosk: " + content.body());
        assertEquals("Ideeën ophalen", plan.path("fasen").path(0).path("naam").asText());
        assertEquals(
                "Buurthuis De Kroon", plan.path("momenten").path(0).path("waar").asText());
        assertTrue(plan.path("documenten").path(0).path("url").asText().matches(".*/documenten/[0-9a-f]{64}\\.pdf"));
        JsonNode plek = Beheer.JSON
                .readTree(content.body())
                .path("wijkkaart")
                .path("plekken")
                .path(id.group(1));
        assertEquals(2, plek.size(), "the pin placed by a click is on the kiosk's map: " + plek);
        // The demo map's viewBox is 100 0 280 300, shown 400 px wide: a click at (250, 180) is (275, 126).
        assertEquals(275.0, plek.path(0).asDouble(), 2);
        assertEquals(126.0, plek.path(1).asDouble(), 2);
    }
}
