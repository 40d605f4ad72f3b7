package nl.buurtstem.opendata.wijkupdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
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
 * A publicist logs in and downloads the monthly poster for Diezerpoort, where this month a poll closed with the
 * municipality's response, an idea left with an e-mail address was answered, and a wijkbudget ended. The printed page
 * names the result, the response, the winning proposal and the next evening; its QR code opens the wijk's page; the
 * small counts the open data holds back and the resident's contact details are nowhere on it.
 */
class MedewerkerDownloadtWijkupdateTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String WIJK = DemoContent.WIJK_DIEZERPOORT;

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_poster_names_what_became_of_the_wijks_voice_and_its_qr_code_opens_the_wijk_page() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        Instant eind = Instant.now().plusSeconds(3);
        LocalDateTime avond = LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
                .plusDays(9)
                .withHour(19)
                .withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        beheer.publiceer("peiling", "bankjes-water", """
                {"id": "bankjes-water", "wijk": "%s", "vraag": "Meer bankjes aan het water?",
                 "opties": ["Ja", "Nee", "Weet niet"], "demo": false, "eind": "%s",
                 "reactie": {"zei": "De meeste bewoners willen meer bankjes.", "doen": "In april zetten we vijf bankjes neer."}}""".formatted(WIJK, eind));
        beheer.publiceer("wijkbudget", "kadebudget", """
                {"id": "kadebudget", "wijk": "%s", "titel": "Wijkbudget Kade", "uitleg": "Verdeel 10.000 euro.",
                 "bedrag": 10000, "stemcodes": false, "demo": false, "eind": "%s",
                 "voorstellen": [{"id": "speeltuin", "titel": "Speeltuin bij de kade", "omschrijving": "Nieuwe toestellen.", "bedrag": 6000},
                                 {"id": "bloembakken", "titel": "Bloembakken", "omschrijving": "Aan de brug.", "bedrag": 3000},
                                 {"id": "lantaarns", "titel": "Lantaarns op het pad", "omschrijving": "Licht in de avond.", "bedrag": 4000}]}""".formatted(WIJK, eind));
        beheer.publiceer("plan", "kade-vernieuwd", """
                {"id": "kade-vernieuwd", "wijk": "%s", "titel": "De kade vernieuwd",
                 "samenvatting": "De kade krijgt nieuwe stenen en meer groen.",
                 "fasen": [{"naam": "Ontwerp", "van": "2026-01-01", "tot": "2027-12-31"}],
                 "momenten": [{"wat": "Inloopavond", "wanneer": "%s", "waar": "Buurthuis De Kroon", "hoe": "Kom langs."}],
                 "demo": false}""".formatted(WIJK, avond));

        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), WIJK);
        List<String> events = new ArrayList<>();
        long seq = 0;
        for (int i = 1; i <= 15; i++) { // 7 Ja, 6 Nee, 2 Weet niet: the 2 is held back in the open data
            events.add(KioskBerichten.answer(
                    ++seq, UUID.randomUUID().toString(), Instant.now(), "bankjes-water", i <= 7 ? 1 : i <= 13 ? 2 : 3));
        }
        for (int i = 1; i <= 14; i++) { // 9 speeltuin, 3 bloembakken (held back), 2 lantaarns (held back)
            String keuze = i <= 9 ? "speeltuin" : i <= 12 ? "bloembakken" : "lantaarns";
            events.add(event(
                    ++seq, "stembiljet", "{\"wijkbudget\": \"kadebudget\", \"voorstellen\": [\"" + keuze + "\"]}"));
        }
        events.add(event(++seq, "idee", """
                {"tekst": "Een bankje bij de bushalte, dan kan ik even zitten. Bel me maar.", "thema": "verkeer",
                 "taal": "nl", "contact": "buur@example.nl 06-12345678", "toestemming": true}"""));
        HttpResponse<String> sync =
                kiosk.post("/api/sync/v1/events", KioskBerichten.batch(Instant.now(), String.join(",", events)));
        assertEquals(200, sync.statusCode(), sync.body());

        Medewerkersessie piet = new Medewerkersessie(centrale.url()).login("piet", WACHTWOORD);
        String idee = "/beheer/ideeen/" + kiosk.id + "/" + seq;
        assertEquals(
                303,
                piet.form(idee, Map.of("status", "beantwoord", "antwoord", "Er komt een bankje bij de bushalte."))
                        .statusCode());
        assertEquals(
                303,
                piet.form(idee + "/publiceren", Map.of("openbareTekst", "Een bankje bij de bushalte."))
                        .statusCode());

        String thuis = piet.get("/beheer/").body();
        YearMonth maand = YearMonth.from(eind.atZone(ZoneId.of("Europe/Amsterdam")));
        assertTrue(thuis.contains("action=\"/beheer/wijkupdate/affiche\""), "the staff home has the poster form");
        assertTrue(
                thuis.contains("value=\"" + YearMonth.now(ZoneId.of("Europe/Amsterdam")) + "\""),
                "this month is filled in");

        String adres = "/beheer/wijkupdate/affiche?wijk=" + WIJK + "&maand=" + maand;
        GedrukteAffiche affiche = Await.await(
                () -> GedrukteAffiche.van(pdf(piet, adres)),
                a -> a.doorlopend().contains("Ja: 7 antwoorden")
                        && a.doorlopend().contains("Speeltuin bij de kade"));

        // For people reviewing the layout, as the kiosk tests keep their screenshots.
        ImageIO.write(affiche.pagina(), "png", new File("target/wijkupdate-affiche.png"));
        String tekst = affiche.doorlopend();
        assertEquals(1, affiche.paginas(), "one A4 for the notice board: " + tekst);
        assertEquals(centrale.baseUri() + "doc/wijk/" + WIJK, affiche.qrCode(), "the QR code opens the wijk's page");
        assertTrue(tekst.contains("Nieuws uit Diezerpoort"), tekst);
        assertTrue(tekst.contains("Meer bankjes aan het water?"), tekst);
        assertTrue(tekst.contains("Ja: 7 antwoorden") && tekst.contains("Nee: 6 antwoorden"), tekst);
        assertTrue(tekst.contains("Weet niet: niet getoond"), tekst);
        assertTrue(tekst.contains("U zei: De meeste bewoners willen meer bankjes."), tekst);
        assertTrue(tekst.contains("Wij doen: In april zetten we vijf bankjes neer."), tekst);
        assertTrue(tekst.contains("Gekozen: Speeltuin bij de kade"), "the winning proposal: " + tekst);
        assertTrue(tekst.contains("Speeltuin bij de kade (€ 6.000): 9 stemmen"), tekst);
        assertTrue(tekst.contains("Bloembakken (€ 3.000): niet getoond"), tekst);
        assertTrue(tekst.contains("Inloopavond. Plan: De kade vernieuwd. Waar: Buurthuis De Kroon"), tekst);
        assertTrue(tekst.contains("Idee: Een bankje bij de bushalte."), tekst);
        assertTrue(tekst.contains("Antwoord: Er komt een bankje bij de bushalte."), tekst);
        for (String klein : List.of("2 antwoorden", "3 stemmen", "2 stemmen")) {
            assertFalse(tekst.contains(klein), "a held-back count is not on the poster: " + klein);
        }
        for (String persoonlijk : List.of("buur@example.nl", "06-12345678", "Bel me maar")) {
            assertFalse(tekst.contains(persoonlijk), "nothing of the resident's own is on it: " + persoonlijk);
        }
    }

    @Test
    void a_month_that_is_not_one_comes_back_with_the_error_beside_the_field_and_a_quiet_month_says_so()
            throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("wim", "Wim Wijkpanel", "redacteur", WACHTWOORD);
        Medewerkersessie wim = new Medewerkersessie(centrale.url()).login("wim", WACHTWOORD);

        HttpResponse<String> r = wim.get("/beheer/wijkupdate/affiche?wijk=" + WIJK + "&maand=dertiende");
        assertEquals(422, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.body());
        assertTrue(
                r.body().contains("id=\"maand-fout\">Vul de maand in als jaar en maand, bijvoorbeeld 2026-12."),
                r.body());
        assertTrue(r.body().contains("selected"), "the chosen wijk stays chosen");

        GedrukteAffiche binnenstad =
                GedrukteAffiche.van(pdf(wim, "/beheer/wijkupdate/affiche?wijk=WK019310&maand=2026-03"));
        assertTrue(binnenstad.doorlopend().contains("Nieuws uit Binnenstad"), binnenstad.tekst());
        assertTrue(
                binnenstad.doorlopend().contains("Deze maand zijn er geen uitslagen uit uw wijk."),
                "a wijk with nothing to report says so: " + binnenstad.tekst());
        assertEquals(centrale.baseUri() + "doc/wijk/WK019310", binnenstad.qrCode());

        HttpResponse<String> geenWijk = wim.get("/beheer/wijkupdate/affiche?wijk=&maand=12-2026");
        assertEquals(422, geenWijk.statusCode());
        assertTrue(geenWijk.body().contains("id=\"wijk-fout\">Kies de wijk van het buurthuis."), geenWijk.body());
        assertFalse(geenWijk.body().contains("maand-fout"), "12-2026 is a month");
    }

    private static byte[] pdf(Medewerkersessie sessie, String pad) throws Exception {
        HttpResponse<byte[]> r = sessie.download(pad);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        return r.body();
    }

    private static String event(long seq, String type, String data) {
        return KioskBerichten.event(seq, UUID.randomUUID().toString(), type, Instant.now(), data);
    }
}
