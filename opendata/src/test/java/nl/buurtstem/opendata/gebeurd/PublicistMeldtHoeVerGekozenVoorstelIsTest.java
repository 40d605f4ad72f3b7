package nl.buurtstem.opendata.gebeurd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wijkbudget of 10,000 euro ends: the benches (11 votes, 4,000) and the trees (8 votes, 5,000) won; the play
 * equipment (9 votes, 7,000) no longer fitted, and the lamp post (2 votes: held back) never wins, though it would fit.
 * A publicist says in the browser how far the winners are; the kiosk's "Wat er gebeurde" and the open data show it,
 * with the status from a published SKOS code list, and the audit log has it. SPARQL follows a resident's idea to the
 * proposal it became and to its result.
 */
@Tag("slow")
@Tag("ui")
class PublicistMeldtHoeVerGekozenVoorstelIsTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String WIJKBUDGET = "diezerpoort-2027";

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(b -> b.clock(klok));

    @Test
    void winners_within_the_budget_show_how_far_they_are_on_the_kiosk_and_in_the_open_data() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        beheer.publiceer("wijkbudget", WIJKBUDGET, """
                {"id": "%s", "wijk": "%s", "titel": "Wijkbudget Diezerpoort 2027", "uitleg": "Verdeel 10.000 euro.",
                 "bedrag": 10000, "stemcodes": false, "demo": false, "eind": "%s",
                 "voorstellen": [
                   {"id": "bankjes", "titel": "Bankjes aan het water", "bedrag": 4000},
                   {"id": "speeltoestel", "titel": "Speeltoestel", "bedrag": 7000},
                   {"id": "bomen", "titel": "Bomen in de straat", "bedrag": 5000},
                   {"id": "lantaarn", "titel": "Lantaarnpaal", "bedrag": 500}]}""".formatted(
                        WIJKBUDGET, DemoContent.WIJK_DIEZERPOORT, klok.instant().plus(Duration.ofDays(1))));
        // A resident's idea the municipality turned into the benches proposal.
        beheer.publiceer("idee", "bankjes-aan-het-water", """
                {"id": "bankjes-aan-het-water", "wijk": "%s", "thema": "groen", "tekst": "Bankjes aan het water.",
                 "maand": "2026-12", "status": "omgezet", "antwoord": "Het is een voorstel voor het wijkbudget.",
                 "omgezetNaar": "wijkbudget/%s/voorstel/bankjes"}""".formatted(DemoContent.WIJK_DIEZERPOORT, WIJKBUDGET));
        TestKiosk kiosk =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        List<String> biljetten = new ArrayList<>();
        stem(kiosk, biljetten, 8, "\"bankjes\", \"bomen\"");
        stem(kiosk, biljetten, 3, "\"bankjes\"");
        stem(kiosk, biljetten, 9, "\"speeltoestel\"");
        stem(kiosk, biljetten, 2, "\"lantaarn\"");
        kiosk.stuur(biljetten);
        klok.advance(Duration.ofDays(2));

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "uitvoering.test.mjs",
                        Map.of(
                                "CENTRAL_URL",
                                centrale.url(),
                                "PUBLICIST",
                                "piet",
                                "WACHTWOORD",
                                WACHTWOORD,
                                "WIJKBUDGET",
                                WIJKBUDGET));
        assertEquals(0, result.exit(), result.output());

        JsonNode budget = budget(kiosk);
        JsonNode bankjes = voorstel(budget, "bankjes");
        assertTrue(bankjes.path("gewonnen").asBoolean(), budget.toString());
        assertEquals("klaar", bankjes.path("uitvoering").path("status").asText());
        assertEquals(
                "De bankjes staan er sinds maart.",
                bankjes.path("uitvoering").path("notitie").asText());
        assertEquals("2027-03-15", bankjes.path("uitvoering").path("datum").asText());
        assertEquals(
                "gepland",
                voorstel(budget, "bomen").path("uitvoering").path("status").asText());
        assertFalse(voorstel(budget, "speeltoestel").path("gewonnen").asBoolean(), "7,000 no longer fitted");
        JsonNode lantaarn = voorstel(budget, "lantaarn");
        assertFalse(lantaarn.path("gewonnen").asBoolean(), "a held-back count never wins");
        assertTrue(lantaarn.path("aantal").isNull(), "and its 2 votes are not shown");
        assertTrue(beheer.get("/api/beheer/audit").toString().contains("uitvoering van voorstel bankjes: klaar"));

        String ask = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                ASK { <%1$sid/wijkbudget/%2$s/voorstel/bankjes> <%1$sdef/gewonnen> true ;
                          prov:wasDerivedFrom <%1$sid/idee/bankjes-aan-het-water> ;
                          <%1$sdef/uitvoeringsstatus> ?klaar ; <%1$sdef/uitvoeringsnotitie> "De bankjes staan er sinds maart."@nl .
                      ?klaar skos:prefLabel "Klaar"@nl ; skos:inScheme <%1$sid/begrippenkader/uitvoeringsstatus> .
                      <%1$sid/wijkbudget/%2$s/voorstel/bomen> <%1$sdef/gewonnen> true .
                      FILTER NOT EXISTS { <%1$sid/wijkbudget/%2$s/voorstel/speeltoestel> <%1$sdef/gewonnen> ?x }
                      FILTER NOT EXISTS { <%1$sid/wijkbudget/%2$s/voorstel/lantaarn> <%1$sdef/gewonnen> ?y } }""".formatted(centrale.baseUri(), WIJKBUDGET);
        assertTrue(
                Await.await(() -> sparqlAsk(ask), ja -> ja),
                "SPARQL finds the chain idea, proposal, result, and how far the winners are");
    }

    private static void stem(TestKiosk kiosk, List<String> biljetten, int aantal, String voorstellen) {
        for (int i = 0; i < aantal; i++) {
            biljetten.add(kiosk.gebeurtenis(
                    "stembiljet", "{\"wijkbudget\":\"" + WIJKBUDGET + "\",\"voorstellen\":[" + voorstellen + "]}"));
        }
    }

    private JsonNode budget(TestKiosk kiosk) throws Exception {
        HttpResponse<String> r = kiosk.content();
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode w : Beheer.JSON.readTree(r.body()).path("watErGebeurde").path("wijkbudgetten")) {
            if (w.path("id").asText().equals(WIJKBUDGET)) {
                return w;
            }
        }
        throw new AssertionError("the ended wijkbudget is not under Wat er gebeurde: " + r.body());
    }

    private static JsonNode voorstel(JsonNode budget, String id) {
        for (JsonNode v : budget.path("voorstellen")) {
            if (v.path("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no proposal " + id + " in " + budget);
    }

    private boolean sparqlAsk(String query) throws Exception {
        return Sparql.ask(centrale.url(), query);
    }
}
