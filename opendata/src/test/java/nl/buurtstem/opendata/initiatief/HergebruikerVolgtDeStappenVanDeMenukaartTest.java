package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A journalist writing about how residents get money for their plans reads the municipality's menukaart from the open
 * data: the steps in order with what each offers and which fund gives up to how much, in Dutch and in the languages it
 * was translated into; only what the municipality published, not a draft that waits; and as a CSV from the catalogue.
 */
class HergebruikerVolgtDeStappenVanDeMenukaartTest {

    private static final String STAPPEN = """
            PREFIX schema: <https://schema.org/>
            PREFIX bs: <%sdef/>
            SELECT ?positie ?titel ?aanbod ?fonds ?tot WHERE {
              ?menukaart a bs:Menukaart ; schema:step ?stap .
              ?stap schema:position ?positie ; schema:name ?titel ; bs:aanbod ?aanbod .
              FILTER(LANG(?titel) = "nl" && LANG(?aanbod) = "nl")
              OPTIONAL { ?stap schema:funding ?f . ?f schema:name ?fonds ; schema:amount/schema:maxValue ?tot }
            } ORDER BY ?positie""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_published_steps_come_in_order_with_their_money_and_translations() throws Exception {
        Medewerkersessie beheer = Medewerkersessie.beheerder(centrale);
        HttpResponse<String> gepubliceerd = beheer.form(
                "/beheer/menukaart",
                Map.ofEntries(
                        Map.entry("stap1-id", "idee"),
                        Map.entry("stap1-titel", "Vertel ons uw idee"),
                        Map.entry("stap1-aanbod", "Wij luisteren in het buurthuis."),
                        Map.entry("stap1-verwacht", "Zeg wat u wilt doen."),
                        Map.entry("stap2-id", "geld"),
                        Map.entry("stap2-titel", "Geld aanvragen"),
                        Map.entry("stap2-aanbod", "De makelaar helpt met het formulier."),
                        Map.entry("stap2-fonds1-naam", "Buurtfonds"),
                        Map.entry("stap2-fonds1-bedrag", "750"),
                        Map.entry("stap2-fonds1-voorwaarden", "Voor iets met minstens drie buren."),
                        Map.entry("stap3-id", "uitvoeren"),
                        Map.entry("stap3-titel", "Samen uitvoeren"),
                        Map.entry("stap3-aanbod", "Hulp bij vergunning en materiaal."),
                        Map.entry("actie", "publiceren")));
        assertEquals(303, gepubliceerd.statusCode(), gepubliceerd.body());
        HttpResponse<String> concept = beheer.form(
                "/beheer/menukaart",
                Map.of(
                        "stap1-id", "idee",
                        "stap1-titel", "Conceptstap die nog niemand mag zien",
                        "stap1-aanbod", "Nog niet af.",
                        "actie", "bewaren"));
        assertEquals(303, concept.statusCode(), concept.body());
        HttpResponse<String> vertaald = beheer.form(
                "/beheer/vertalingen/vertaal?item=menukaart/idee&taal=en",
                Map.of("titel", "Tell us your idea", "aanbod", "We listen in the community centre."));
        assertEquals(303, vertaald.statusCode(), vertaald.body());

        String engels = """
                PREFIX schema: <https://schema.org/>
                PREFIX bs: <%1$sdef/>
                ASK { <%1$sid/menukaart/zwolle> schema:step ?s .
                      ?s schema:position 1 ; schema:name "Tell us your idea"@en, "Vertel ons uw idee"@nl ;
                         bs:aanbod "We listen in the community centre."@en . }""".formatted(centrale.baseUri());
        assertTrue(
                Await.await(() -> beheer.sparql(engels).path("boolean").asBoolean(), ja -> ja),
                "the English translation is published beside the Dutch");

        JsonNode rijen = beheer.sparql(STAPPEN.formatted(centrale.baseUri()))
                .path("results")
                .path("bindings");
        List<String> titels = new ArrayList<>();
        rijen.forEach(r -> titels.add(r.path("positie").path("value").asText() + ". "
                + r.path("titel").path("value").asText()));
        assertEquals(List.of("1. Vertel ons uw idee", "2. Geld aanvragen", "3. Samen uitvoeren"), titels);
        assertEquals("Buurtfonds", rijen.path(1).path("fonds").path("value").asText());
        assertEquals(750, rijen.path(1).path("tot").path("value").asInt(), "up to 750 euro");
        assertFalse(rijen.toString().contains("Conceptstap"), "a draft is not open data");

        JsonNode versie = beheer.sparql("""
                        PREFIX schema: <https://schema.org/>
                        PREFIX dct: <http://purl.org/dc/terms/>
                        SELECT ?versie ?gewijzigd WHERE { <%sid/menukaart/zwolle> schema:version ?versie ;
                            dct:modified ?gewijzigd }""".formatted(centrale.baseUri()))
                .path("results")
                .path("bindings")
                .path(0);
        assertEquals(1, versie.path("versie").path("value").asInt(), "the first version staff published");
        assertTrue(versie.path("gewijzigd").path("value").asText().startsWith("20"), versie.toString());

        HttpResponse<String> csv = Await.await(
                () -> beheer.get("/dumps/menukaart.csv"),
                r -> r.statusCode() == 200 && r.body().contains("Buurtfonds"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("positie,stap,titel,aanbod,verwacht,fonds,tot_euro"), csv.body());
        assertTrue(csv.body().contains("2,geld,Geld aanvragen"), csv.body());
        String inCatalogus = """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                ASK { ?catalogus dcat:dataset <%1$sid/dataset/menukaart> .
                      <%1$sid/dataset/menukaart> dcat:distribution/dcat:downloadURL <%1$sdumps/menukaart.csv> . }""".formatted(centrale.baseUri());
        assertTrue(beheer.sparql(inCatalogus).path("boolean").asBoolean(), "the catalogue lists it with its CSV");
    }
}
