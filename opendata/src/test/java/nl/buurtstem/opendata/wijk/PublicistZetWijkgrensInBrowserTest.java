package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Debian's Chromium (src/test/browser-beheer/wijk.test.mjs): a publicist uploads Diezerpoort's boundary, writes
 * its gebiedsagenda and then takes the boundary from the shipped CBS map instead; a Diezerpoort kiosk then draws that
 * outline and gets the agenda, and the open data gives the outline as GeoSPARQL.
 */
@Tag("slow")
@Tag("ui")
class PublicistZetWijkgrensInBrowserTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord-voor-de-test";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void an_uploaded_boundary_becomes_the_kiosk_map_and_the_agenda_reaches_the_kiosk() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        beheer.voegMedewerkerToe("piet", "Piet Publicist", "publicist", WACHTWOORD);

        Command.Result result = new BrowserSuite("src/test/browser-beheer")
                .run(
                        "wijk.test.mjs",
                        Map.of("CENTRAL_URL", centrale.url(), "PUBLICIST", "piet", "WACHTWOORD", WACHTWOORD));
        assertEquals(0, result.exit(), result.output());

        JsonNode feed = Beheer.JSON.readTree(kiosk.content().body());
        JsonNode vormen = feed.path("wijkkaart").path("wijken");
        assertEquals(1, vormen.size(), "the map is drawn from the uploaded outline: " + vormen);
        assertEquals("WK019311", vormen.path(0).path("code").asText());
        assertTrue(
                vormen.path(0).path("pad").asText().matches("M[0-9.]+ [0-9.]+( L[0-9.]+ [0-9.]+)+ Z"),
                vormen.toString());
        assertEquals(
                8,
                vormen.path(0).path("pad").asText().split("[ML]").length - 1,
                "CBS's outline of Diezerpoort has eight points: " + vormen);

        String wkt = Await.await(
                () -> sparqlWkt(centrale.baseUri() + "id/wijk/WK019311"), w -> w.startsWith("MULTIPOLYGON"));
        assertTrue(
                wkt.startsWith("MULTIPOLYGON (((6.104 52.512, 6.119 52.518,") && wkt.endsWith("6.104 52.512)))"),
                "a reuser gets the outline as a closed WKT polygon in longitude/latitude: " + wkt);
        assertEquals(
                "Meer groen in de straten",
                feed.path("gebiedsagenda").path("doelen").path(0).asText());
        assertEquals(
                "Bomen planten in de Vechtstraat",
                feed.path("gebiedsagenda").path("opgaven").path(0).asText());
    }

    private String sparqlWkt(String wijk) {
        try {
            return ask(wijk);
        } catch (Exception e) {
            return "";
        }
    }

    private String ask(String wijk) throws Exception {
        String query = "PREFIX geo: <http://www.opengis.net/ont/geosparql#> SELECT ?wkt { <" + wijk
                + "> geo:hasDefaultGeometry/geo:asWKT ?wkt }";
        return Sparql.select(centrale.url(), query)
                .path(0)
                .path("wkt")
                .path("value")
                .asText();
    }
}
