package nl.buurtstem.opendata.idee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ideeënmakelaar answers an idea; the answer is on the staff's translations list (the resident's own words are
 * not), and a translation saved there reaches "Mijn inbreng" at once, the kiosks with their content, and, once the
 * idea is published, the open data with its language tag.
 */
class VertalerVertaaltAntwoordOpIdeeTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String BON = "ab".repeat(32);
    private static final String ANTWOORD = "Er komt een bankje bij de bushalte.";
    private static final String ARABISCH = "سيكون هناك مقعد عند موقف الحافلات.";
    private static final String TURKS = "Otobüs durağına bir bank gelecek.";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_translated_answer_reaches_mijn_inbreng_the_kiosks_and_the_open_data_with_its_language() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("ilse", "Ilse Ideeënmakelaar", "ideeenmakelaar", WACHTWOORD);
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        String event = KioskBerichten.event(
                1,
                UUID.randomUUID().toString(),
                "idee",
                Instant.now(),
                "{\"tekst\":\"Een bankje bij de bushalte. Groet, Fatma van nummer 12\","
                        + "\"thema\":\"verkeer\",\"taal\":\"ar\",\"bon\":\"" + BON + "\"}");
        HttpResponse<String> sync = kiosk.post("/api/sync/v1/events", KioskBerichten.batch(Instant.now(), event));
        assertEquals(200, sync.statusCode(), sync.body());

        Medewerkersessie ilse = new Medewerkersessie(centrale.url()).login("ilse", WACHTWOORD);
        String idee = "/beheer/ideeen/" + kiosk.id + "/1";
        assertEquals(
                303,
                ilse.form(idee, Map.of("status", "beantwoord", "antwoord", ANTWOORD))
                        .statusCode());

        String item = "idee/idee-" + kiosk.id.toLowerCase() + "-1";
        String lijst = ilse.get("/beheer/vertalingen/").body();
        assertTrue(lijst.contains("data-item=\"" + item + "\""), "the answer is on the translations list");
        assertFalse(lijst.contains("Fatma"), "translators get the answer, not the resident's own words");
        String vertaal = "/beheer/vertalingen/vertaal?item=" + item + "&taal=";
        assertEquals(
                303, ilse.form(vertaal + "ar", Map.of("antwoord", ARABISCH)).statusCode());

        JsonNode inbreng =
                json(kiosk.send("GET", "/api/sync/v1/inbreng/" + BON, "", kiosk.secret, System.currentTimeMillis()));
        assertEquals(ANTWOORD, inbreng.path("antwoord").asText());
        assertEquals(ARABISCH, inbreng.path("vertalingen").path("ar").asText(), inbreng.toString());
        assertTrue(inbreng.path("vertalingen").path("tr").isMissingNode(), "no Turkish yet: the kiosk shows Dutch");
        JsonNode content = json(kiosk.content());
        assertEquals(
                ARABISCH,
                content.path("vertalingen")
                        .path(item)
                        .path("ar")
                        .path("antwoord")
                        .asText());

        assertEquals(
                303,
                ilse.form(idee + "/publiceren", Map.of("openbareTekst", "Een bankje bij de bushalte."))
                        .statusCode());
        assertTrue(ilse.get(vertaal + "tr").body().contains("Een bankje bij de bushalte."), "now its public text too");
        assertEquals(
                303,
                ilse.form(vertaal + "tr", Map.of("tekst", "Otobüs durağına bir bank.", "antwoord", TURKS))
                        .statusCode());
        String ask = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ASK { <%1$sid/%2$s> <%1$sdef/antwoord> "%3$s"@nl, "%4$s"@ar, "%5$s"@tr ;
                          rdfs:label "Otobüs durağına bir bank."@tr . }""".formatted(centrale.baseUri(), item, ANTWOORD, ARABISCH, TURKS);
        assertTrue(Await.await(() -> ilse.sparqlAsk(ask), ja -> ja), "the open data has the answer in three languages");
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return Beheer.JSON.readTree(r.body());
    }
}
