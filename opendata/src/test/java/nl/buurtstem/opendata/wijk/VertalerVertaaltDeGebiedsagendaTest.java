package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A translator finds Assendorp's gebiedsagenda among what residents read on the kiosks and translates its goals and
 * tasks into Arabic. Assendorp's kiosk gets the agenda with the Arabic, and a reuser finds the Arabic beside the Dutch
 * on each goal. When a publicist rewrites the first goal, its Arabic is outdated: neither the kiosk nor the open data
 * gets it any more, while the goals whose Dutch stayed keep theirs.
 */
class VertalerVertaaltDeGebiedsagendaTest {

    private static final String WIJK = "WK019313";
    private static final String ITEM = "gebiedsagenda/" + WIJK;
    private static final String DOEL_1 = "أشجار أكثر في الشوارع";
    private static final String DOEL_2 = "يلتقي الجيران في المركز الاجتماعي";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_translated_agenda_reaches_kiosk_and_open_data_until_its_dutch_changes() throws Exception {
        Medewerkersessie medewerker = Medewerkersessie.beheerder(centrale);
        bewaar(medewerker, "Meer bomen in de straten\nBuren ontmoeten elkaar in het buurthuis");

        HttpResponse<String> lijst = medewerker.get("/beheer/vertalingen/");
        assertTrue(lijst.body().contains("data-item=\"" + ITEM + "\""), "the agenda is on the translations page");
        HttpResponse<String> formulier = medewerker.get("/beheer/vertalingen/vertaal?item=" + ITEM + "&taal=ar");
        assertEquals(200, formulier.statusCode(), formulier.body());
        assertTrue(formulier.body().contains("Doel 2 (Arabisch)"), "each goal is a field of its own");
        assertTrue(formulier.body().contains("Opgave 1 (Arabisch)"), "and each task");
        HttpResponse<String> vertaald = medewerker.form(
                "/beheer/vertalingen/vertaal?item=" + ITEM + "&taal=ar",
                Map.of("doel1", DOEL_1, "doel2", DOEL_2, "opgave1", "زراعة عشرين شجرة"));
        assertEquals(303, vertaald.statusCode(), vertaald.body());

        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), WIJK);
        JsonNode inhoud = inhoud(kiosk);
        assertEquals(
                "Meer bomen in de straten",
                inhoud.path("gebiedsagenda").path("doelen").path(0).asText(),
                "the kiosk gets its wijk's agenda");
        assertEquals(
                DOEL_1,
                inhoud.path("vertalingen").path(ITEM).path("ar").path("doel1").asText());
        String beide = """
                PREFIX schema: <https://schema.org/>
                ASK { <%1$sid/wijk/%2$s#doel-1> schema:name "Meer bomen in de straten"@nl, "%3$s"@ar .
                      <%1$sid/wijk/%2$s#doel-2> schema:name "%4$s"@ar . }""".formatted(centrale.baseUri(), WIJK, DOEL_1, DOEL_2);
        assertTrue(
                Await.await(() -> medewerker.sparqlAsk(beide), ja -> ja), "the Arabic is published beside the Dutch");

        bewaar(medewerker, "Meer bomen en bloemen in de straten\nBuren ontmoeten elkaar in het buurthuis");

        String nieuw = """
                PREFIX schema: <https://schema.org/>
                ASK { <%sid/wijk/%s#doel-1> schema:name "Meer bomen en bloemen in de straten"@nl }""".formatted(centrale.baseUri(), WIJK);
        assertTrue(Await.await(() -> medewerker.sparqlAsk(nieuw), ja -> ja), "the new Dutch is published");
        String arabisch = """
                PREFIX schema: <https://schema.org/>
                SELECT ?item ?tekst WHERE { ?item schema:name ?tekst FILTER(LANG(?tekst) = "ar")
                  FILTER(STRSTARTS(STR(?item), "%sid/wijk/%s#")) }""".formatted(centrale.baseUri(), WIJK);
        String gepubliceerd = medewerker.sparql(arabisch).path("results").toString();
        assertFalse(gepubliceerd.contains(DOEL_1), "the Arabic of the old first goal is gone: " + gepubliceerd);
        assertTrue(gepubliceerd.contains(DOEL_2), "the second goal did not change: " + gepubliceerd);
        JsonNode opKiosk = inhoud(kiosk).path("vertalingen").path(ITEM).path("ar");
        assertTrue(opKiosk.path("doel1").isMissingNode(), "the kiosk shows the new Dutch instead: " + opKiosk);
        assertEquals(DOEL_2, opKiosk.path("doel2").asText());
        assertTrue(
                medewerker
                        .get("/beheer/vertalingen/vertaal?item=" + ITEM + "&taal=ar")
                        .body()
                        .contains("data-verouderd"),
                "the translator sees which goal changed");
    }

    private static void bewaar(Medewerkersessie medewerker, String doelen) throws Exception {
        HttpResponse<String> bewaard = medewerker.form(
                "/beheer/wijken/" + WIJK,
                Map.of("naam", "Assendorp", "doelen", doelen, "opgaven", "Twintig bomen planten"));
        assertEquals(303, bewaard.statusCode(), bewaard.body());
    }

    private static JsonNode inhoud(TestKiosk kiosk) throws Exception {
        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        return Beheer.JSON.readTree(content.body());
    }
}
