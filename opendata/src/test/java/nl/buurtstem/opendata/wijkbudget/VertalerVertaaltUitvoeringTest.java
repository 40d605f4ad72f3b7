package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vote ended and a publicist wrote how far the winning benches are; a redacteur translates that note into Arabic
 * on the translations page. Kiosks get it with their content, and the open data has it beside the Dutch.
 */
class VertalerVertaaltUitvoeringTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";
    private static final String NOTITIE = "De bankjes staan er sinds maart.";
    private static final String ARABISCH = "المقاعد موجودة منذ مارس.";

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(b -> b.clock(klok));

    @Test
    void a_translated_progress_note_reaches_the_kiosks_and_the_open_data_with_its_language() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);
        beheer.publiceer("wijkbudget", "kade", """
                {"id": "kade", "wijk": "%s", "titel": "Wijkbudget Kade", "bedrag": 5000,
                 "stemcodes": false, "demo": false, "eind": "%s",
                 "voorstellen": [{"id": "bankjes", "titel": "Bankjes aan het water", "bedrag": 4000}]}""".formatted(
                        DemoContent.WIJK_DIEZERPOORT, klok.instant().plus(Duration.ofDays(1))));
        TestKiosk kiosk =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        List<String> biljetten = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            biljetten.add(kiosk.gebeurtenis("stembiljet", "{\"wijkbudget\":\"kade\",\"voorstellen\":[\"bankjes\"]}"));
        }
        kiosk.stuur(biljetten);
        klok.advance(Duration.ofDays(2));
        Medewerkersessie piet = new Medewerkersessie(centrale.url()).login("piet", WACHTWOORD);

        assertEquals(
                303,
                piet.form(
                                "/beheer/wijkbudgetten/kade/uitvoering",
                                Map.of("status-bankjes", "klaar", "notitie-bankjes", NOTITIE, "datum-bankjes", ""))
                        .statusCode());
        String item = "wijkbudget/kade/bankjes/uitvoering";
        assertTrue(piet.get("/beheer/vertalingen/").body().contains("data-item=\"" + item + "\""), "on the list");
        assertEquals(
                303,
                piet.form("/beheer/vertalingen/vertaal?item=" + item + "&taal=ar", Map.of("notitie", ARABISCH))
                        .statusCode());

        HttpResponse<String> content = kiosk.content();
        assertEquals(
                ARABISCH,
                Beheer.JSON
                        .readTree(content.body())
                        .path("vertalingen")
                        .path(item)
                        .path("ar")
                        .path("notitie")
                        .asText());
        String ask = """
                ASK { <%1$sid/wijkbudget/kade/voorstel/bankjes> <%1$sdef/gewonnen> true ;
                          <%1$sdef/uitvoeringsnotitie> "%2$s"@nl, "%3$s"@ar . }""".formatted(centrale.baseUri(), NOTITIE, ARABISCH);
        assertTrue(Await.await(() -> piet.sparqlAsk(ask), ja -> ja), "the note in Dutch and Arabic");
    }
}
