package nl.buurtstem.opendata.gebeurd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kiosk's "Wat er gebeurde" for its wijk: a poll that has closed, with the figures the open data publishes (small
 * ones held back), and an idea the municipality answered in public. A poll still running is not there.
 */
class BewonerZietWatErGebeurdeTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_closed_poll_shows_its_published_result_and_an_answered_idea_its_answer() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        Instant eind = Instant.now().plusSeconds(4);
        beheer.publiceer("peiling", "bankjes-klaar", """
                {"id": "bankjes-klaar", "wijk": "%s", "vraag": "Meer bankjes aan het water?",
                 "opties": ["Ja", "Nee", "Weet niet"], "demo": false, "eind": "%s"}""".formatted(DemoContent.WIJK_DIEZERPOORT, eind));
        beheer.publiceer("idee", "bankje-bushalte", """
                {"id": "bankje-bushalte", "wijk": "%s", "thema": "verkeer", "tekst": "Een bankje bij de bushalte.",
                 "maand": "2026-12", "status": "beantwoord", "antwoord": "Er komt een bankje bij de bushalte."}""".formatted(DemoContent.WIJK_DIEZERPOORT));
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.antwoorden("bankjes-klaar", 1, 7);
        kiosk.antwoorden("bankjes-klaar", 2, 6);

        JsonNode gebeurd = Await.await(
                () -> feed(kiosk).path("watErGebeurde"),
                g -> g.path("peilingen").size() == 1
                        && g.path("peilingen")
                                        .path(0)
                                        .path("opties")
                                        .path(0)
                                        .path("aantal")
                                        .asLong()
                                > 0);

        JsonNode peiling = gebeurd.path("peilingen").path(0);
        assertEquals("Meer bankjes aan het water?", peiling.path("vraag").asText());
        assertEquals(7, peiling.path("opties").path(0).path("aantal").asLong());
        assertEquals(6, peiling.path("opties").path(1).path("aantal").asLong());
        assertEquals(0, peiling.path("opties").path(2).path("aantal").asLong(), "nobody: held back, shown as nothing");
        JsonNode idee = gebeurd.path("ideeen").path(0);
        assertEquals(
                "Er komt een bankje bij de bushalte.", idee.path("antwoord").asText());
        for (JsonNode p : gebeurd.path("peilingen")) {
            assertEquals("bankjes-klaar", p.path("id").asText(), "running polls are not listed as happened");
        }
    }

    @Test
    void an_evaluation_of_a_plan_in_the_wijk_shows_short_and_one_of_another_wijk_does_not() throws Exception {
        String lang = "De Vechtstraat is groener: er staan veertig nieuwe bomen. Fietsers voelen zich veiliger, zegt "
                + "zeven op de tien in de peiling. De stoep is breder, dus met een rollator kunt u er goed langs. "
                + "Het werk duurde twee maanden langer dan gepland, omdat de leidingen onder de straat ouder waren "
                + "dan gedacht. Bewoners kregen daarover elke maand een brief.";
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.publiceer("evaluatie", "vechtstraat-2028", """
                {"id": "vechtstraat-2028", "evalueert": "plan/herinrichting-vechtstraat",
                 "titel": "Terugblik op de nieuwe Vechtstraat", "datum": "2028-06-01",
                 "doelen": ["Groener"], "uitkomsten": "%s", "lessen": ["Vertel vaker hoe het werk gaat."]}""".formatted(lang));
        beheer.publiceer("evaluatie", "schoolplein-2027", """
                {"id": "schoolplein-2027", "evalueert": "plan/groen-schoolplein-holtenbroek",
                 "titel": "Terugblik op het schoolplein", "datum": "2027-09-01", "uitkomsten": "Het plein is groen."}""");
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);

        JsonNode evaluaties = feed(kiosk).path("watErGebeurde").path("evaluaties");
        JsonNode vechtstraat = null;
        for (JsonNode e : evaluaties) {
            assertNotEquals("schoolplein-2027", e.path("id").asText(), "Holtenbroek's plan is not Diezerpoort's news");
            if (e.path("id").asText().equals("vechtstraat-2028")) {
                vechtstraat = e;
            }
        }
        assertNotNull(vechtstraat, evaluaties.toString());
        assertEquals(
                "Terugblik op de nieuwe Vechtstraat", vechtstraat.path("titel").asText());
        String kort = vechtstraat.path("uitkomsten").asText();
        assertTrue(kort.length() <= 280 && kort.endsWith("."), "whole sentences, short: " + kort);
        assertTrue(lang.startsWith(kort) && kort.length() < lang.length(), kort);
        assertEquals("vechtstraat-2028", evaluaties.path(0).path("id").asText(), "newest first");
    }

    private JsonNode feed(TestKiosk kiosk) throws Exception {
        HttpResponse<String> r = kiosk.content();
        assertEquals(200, r.statusCode(), r.body());
        return Beheer.JSON.readTree(r.body());
    }
}
