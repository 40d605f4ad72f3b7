package nl.buurtstem.opendata.voorbeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/voorvertoning.test.mjs): a redacteur drafts a poll, a plan, an
 * initiative, a wijkbudget, the menukaart and an evaluation and sees each on the kiosk's own page at 800×480, 720×1280 and 1920×1080;
 * a publicist sees her wijk's kiosk screen. An answer, an idea or a vote tapped there is refused, and the kiosk page
 * says it is a preview. The preview publishes nothing: afterwards no draft is in a Diezerpoort kiosk's content feed nor
 * in SPARQL, and without a login the preview shows nothing of them.
 */
@Tag("slow")
@Tag("ui")
class MedewerkerBekijktElkeSoortInhoudOpKioskTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String VRAAG = "Zullen we een moestuin beginnen naast het buurthuis?";
    private static final String PLAN = "Een moestuin achter het buurthuis";
    private static final String INITIATIEF = "Soeptafel op dinsdag in De Kroon";
    private static final String BUDGET = "Wijkbudget Diezerpoort voorjaar 2028";
    private static final String VOORSTEL = "Bloembakken langs de Hoogstraat";
    private static final String STAP = "Vertel ons uw idee bij de kiosk";
    private static final String EVALUATIE = "Terugblik op de nieuwe Vechtstraat";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_redacteur_previews_each_kind_of_draft_on_the_kiosk_screens_and_no_kiosk_gets_it() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("ria", "Ria Redacteur", "redacteur", WACHTWOORD);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "voorvertoning.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "REDACTEUR",
                                "ria",
                                "PUBLICIST",
                                "piet",
                                "WACHTWOORD",
                                WACHTWOORD,
                                "ARTEFACTS",
                                "../../../target/browser-beheer"));
        assertEquals(0, result.exit(), result.output());
        Matcher id = Pattern.compile("PEILING=([a-z0-9-]+)").matcher(result.output());
        assertTrue(id.find(), result.output());

        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        JsonNode feed = Beheer.JSON.readTree(content.body());
        assertTrue(feed.path("peilingen").isArray(), "the feed has its polls: " + feed);
        for (JsonNode p : feed.path("peilingen")) {
            assertFalse(id.group(1).equals(p.path("id").asText()), "a previewed draft stays off the kiosks: " + feed);
            assertFalse(VRAAG.equals(p.path("vraag").asText()), "a previewed draft stays off the kiosks: " + feed);
        }
        assertFalse(inSparql(VRAAG), "a previewed draft is not in the open data");
        Matcher plan = Pattern.compile("PLAN=([a-z0-9-]+)").matcher(result.output());
        assertTrue(plan.find(), result.output());
        for (JsonNode p : feed.path("plannen")) {
            assertFalse(plan.group(1).equals(p.path("id").asText()), "a previewed draft plan stays off the kiosks");
        }
        assertFalse(inSparql(PLAN), "a previewed draft plan is not in the open data");
        String initiatief = uit(result, "INITIATIEF");
        for (JsonNode i : feed.path("initiatieven")) {
            assertFalse(initiatief.equals(i.path("id").asText()), "a previewed draft initiative stays off the kiosks");
        }
        assertFalse(inSparql(INITIATIEF), "a previewed draft initiative is not in the open data");
        String budget = uit(result, "WIJKBUDGET");
        assertTrue(feed.path("wijkbudgetten").isArray(), "the feed has its wijkbudgetten: " + feed);
        for (JsonNode w : feed.path("wijkbudgetten")) {
            assertFalse(budget.equals(w.path("wijkbudget").path("id").asText()), "a previewed budget stays off");
        }
        assertFalse(inSparql(BUDGET), "a previewed draft wijkbudget is not in the open data");
        assertFalse(inSparql(VOORSTEL), "a previewed draft's proposal is not in the open data");
        assertTrue(feed.path("menukaart").path("stappen").size() > 0, "the feed has the menukaart: " + feed);
        assertFalse(
                STAP.equals(feed.path("menukaart")
                        .path("stappen")
                        .path(0)
                        .path("titel")
                        .asText()),
                "a previewed draft menukaart stays off the kiosks");
        assertFalse(inSparql(STAP), "a previewed draft menukaart is not in the open data");
        String evaluatie = uit(result, "EVALUATIE");
        assertTrue(feed.path("watErGebeurde").path("evaluaties").isArray(), "the feed has its evaluations: " + feed);
        for (JsonNode e : feed.path("watErGebeurde").path("evaluaties")) {
            assertFalse(evaluatie.equals(e.path("id").asText()), "a previewed draft evaluation stays off the kiosks");
        }
        assertFalse(inSparql(EVALUATIE), "a previewed draft evaluation is not in the open data");
        assertFalse(
                content.body().contains(INITIATIEF)
                        || content.body().contains(BUDGET)
                        || content.body().contains(STAP)
                        || content.body().contains(EVALUATIE),
                "no previewed draft in the feed: " + feed);

        HttpResponse<String> vreemde =
                beheer.unauthenticated("/beheer/voorbeeld/peiling/" + id.group(1) + "/kiosk/api/peilingen");
        assertFalse(vreemde.statusCode() == 200, "the preview is for logged-in staff: " + vreemde.statusCode());
        assertFalse(vreemde.body().contains(VRAAG), vreemde.body());
        for (String[] voorbeeld : new String[][] {
            {"initiatief/" + initiatief, "initiatieven", INITIATIEF},
            {"wijkbudget/" + budget, "wijkbudgetten", BUDGET},
            {"menukaart/menukaart", "initiatieven", STAP},
            {"evaluatie/" + evaluatie, "gebeurd", EVALUATIE},
            {"wijk/" + DemoContent.WIJK_DIEZERPOORT, "plannen", "Diezerpoort"}
        }) {
            HttpResponse<String> r =
                    beheer.unauthenticated("/beheer/voorbeeld/" + voorbeeld[0] + "/kiosk/api/" + voorbeeld[1]);
            assertFalse(r.statusCode() == 200, "the preview of " + voorbeeld[0] + " is for logged-in staff");
            assertFalse(r.body().contains(voorbeeld[2]), r.body());
        }
    }

    private static String uit(Command.Result result, String wat) {
        Matcher m = Pattern.compile(wat + "=([a-z0-9-]+)").matcher(result.output());
        assertTrue(m.find(), result.output());
        return m.group(1);
    }

    private boolean inSparql(String tekst) throws Exception {
        String query = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(isLiteral(?o) && STR(?o) = \"" + tekst
                + "\") }";
        return Sparql.ask(centrale.url(), query);
    }
}
