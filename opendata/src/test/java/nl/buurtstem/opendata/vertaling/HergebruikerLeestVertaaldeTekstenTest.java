package nl.buurtstem.opendata.vertaling;

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
 * A researcher builds a multilingual overview of what the municipality plans and what residents start, from the open
 * data alone: what translators made for the kiosks (a plan's title, an initiative's story) comes beside the Dutch,
 * tagged with its language; and a translation of a Dutch text that has since changed is not published beside the new
 * Dutch, where it would say something else. Nor is it sent to the kiosks, where a resident would read it.
 */
class HergebruikerLeestVertaaldeTekstenTest {

    private static final String INITIATIEF = """
            {"id":"moestuin-assendorp","wijk":"WK019313","titel":"%s",
             "verhaal":"Buren kweken samen groente achter het buurthuis.","meedoen":"Kom op zaterdag langs.",
             "demo":false}""";
    private static final String PLAN = """
            {"id":"speeltuin-assendorp","wijk":"WK019313","titel":"Nieuwe speeltuin",
             "samenvatting":"De gemeente vernieuwt de speeltuin aan het plein.","fasen":[],"momenten":[],
             "documenten":[],"demo":false}""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void translations_come_beside_the_dutch_until_the_dutch_changes() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        beheer.publiceer("plan", "speeltuin-assendorp", PLAN);
        Medewerkersessie vertaler = initiatiefInHetArabisch(beheer);
        vertaal(vertaler, "plan/speeltuin-assendorp", Map.of("titel", "Yeni oyun parkı"), "tr");

        String beide = """
                PREFIX schema: <https://schema.org/>
                PREFIX dct: <http://purl.org/dc/terms/>
                ASK { <%1$sid/initiatief/moestuin-assendorp> schema:name "Moestuin"@nl, "حديقة الخضروات"@ar ;
                          schema:description "يزرع الجيران الخضروات معًا."@ar .
                      <%1$sid/plan/speeltuin-assendorp> dct:title "Nieuwe speeltuin"@nl, "Yeni oyun parkı"@tr . }""".formatted(centrale.baseUri());
        assertTrue(
                Await.await(() -> vertaler.sparqlAsk(beide), ja -> ja),
                "the Arabic of the initiative and the Turkish of the plan are published beside the Dutch");

        HttpResponse<String> csv = Await.await(
                () -> vertaler.get("/dumps/plannen.csv"),
                r -> r.statusCode() == 200 && r.body().contains("speeltuin-assendorp"));
        assertEquals(
                1,
                csv.body()
                        .lines()
                        .filter(l -> l.contains("speeltuin-assendorp"))
                        .count(),
                "the spreadsheet keeps one row for the plan, in Dutch: " + csv.body());
        assertFalse(csv.body().contains("Yeni oyun"), csv.body());

        beheer.publiceer("initiatief", "moestuin-assendorp", INITIATIEF.formatted("Moestuin en kippen"));
        String nieuweTitel = """
                PREFIX schema: <https://schema.org/>
                ASK { <%sid/initiatief/moestuin-assendorp> schema:name "Moestuin en kippen"@nl }""".formatted(centrale.baseUri());
        assertTrue(Await.await(() -> vertaler.sparqlAsk(nieuweTitel), ja -> ja), "the new Dutch title is published");
        String talen = """
                PREFIX schema: <https://schema.org/>
                SELECT ?veld WHERE { <%sid/initiatief/moestuin-assendorp> ?veld ?tekst . FILTER(LANG(?tekst) = "ar") }""".formatted(centrale.baseUri());
        String arabisch = vertaler.sparql(talen).path("results").toString();
        assertFalse(arabisch.contains("https://schema.org/name"), "the Arabic of the old title is gone: " + arabisch);
        assertTrue(
                arabisch.contains("https://schema.org/description"),
                "the Arabic of the story, whose Dutch did not change, stays: " + arabisch);
    }

    @Test
    void a_kiosk_gets_no_translation_of_dutch_that_changed_since() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        initiatiefInHetArabisch(beheer);
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), "WK019313");
        assertEquals("حديقة الخضروات", arabisch(kiosk).path("titel").asText(), "the translation reaches the kiosk");

        beheer.publiceer("initiatief", "moestuin-assendorp", INITIATIEF.formatted("Moestuin en kippen"));

        JsonNode arabisch = arabisch(kiosk);
        assertTrue(
                arabisch.path("titel").isMissingNode(),
                "the Arabic of the old title is not sent: the kiosk shows the new Dutch title instead: " + arabisch);
        assertEquals(
                "يزرع الجيران الخضروات معًا.", arabisch.path("verhaal").asText(), "the story's Dutch did not change");
    }

    /** Publishes the initiative and has its title and story translated into Arabic; returns the translator. */
    private Medewerkersessie initiatiefInHetArabisch(Beheer beheer) throws Exception {
        beheer.publiceer("initiatief", "moestuin-assendorp", INITIATIEF.formatted("Moestuin"));
        Medewerkersessie vertaler = Medewerkersessie.beheerder(centrale);
        vertaal(
                vertaler,
                "initiatief/moestuin-assendorp",
                Map.of("titel", "حديقة الخضروات", "verhaal", "يزرع الجيران الخضروات معًا."),
                "ar");
        return vertaler;
    }

    private static JsonNode arabisch(TestKiosk kiosk) throws Exception {
        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        return Beheer.JSON
                .readTree(content.body())
                .path("vertalingen")
                .path("initiatief/moestuin-assendorp")
                .path("ar");
    }

    private static void vertaal(Medewerkersessie vertaler, String item, Map<String, String> velden, String taal)
            throws Exception {
        HttpResponse<String> r = vertaler.form("/beheer/vertalingen/vertaal?item=" + item + "&taal=" + taal, velden);
        assertEquals(303, r.statusCode(), r.body());
    }
}
