package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reuser on the page of an initiative sees not only what it links to but also what links to it: the evaluation of
 * it, one click away; on a wijk's page, the polls asked there. The RDF stays the thing's own description.
 */
class HergebruikerZietWatNaarEenDingVerwijstTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_initiatives_page_shows_the_evaluation_that_points_to_it() throws Exception {
        String html = get("doc/initiatief/buurtmoestuin-diezerpoort", "text/html");
        int kop = html.indexOf("Wat hiernaar verwijst");
        assertTrue(kop > 0, html);
        String inkomend = html.substring(kop);
        assertTrue(
                inkomend.contains("/doc/evaluatie/buurtmoestuin-diezerpoort-2027")
                        || inkomend.contains("/id/evaluatie/buurtmoestuin-diezerpoort-2027"),
                "a link to the evaluation: " + inkomend);
        assertTrue(inkomend.contains("Voorbeeldgegevens: evaluatie van de buurtmoestuin Diezerpoort"), "by its title");

        String evaluatie = get("doc/evaluatie/buurtmoestuin-diezerpoort-2027", "text/html");
        assertTrue(evaluatie.contains("buurtmoestuin-diezerpoort"), "and the evaluation links back as before");

        String turtle = get("doc/initiatief/buurtmoestuin-diezerpoort", "text/turtle");
        assertFalse(turtle.contains("evaluatie/buurtmoestuin-diezerpoort-2027"), "the RDF is the initiative's own");
    }

    @Test
    void a_wijks_page_shows_what_is_published_about_it_elsewhere() throws Exception {
        String html = get("doc/wijk/WK019311", "text/html");
        int kop = html.indexOf("Wat hiernaar verwijst");
        assertTrue(kop > 0, "polls, plans and initiatives name the wijk as their place");
        String inkomend = html.substring(kop);
        assertTrue(inkomend.contains("peiling/zebrapad-vechtstraat"), inkomend);
        assertTrue(inkomend.contains("Wilt u een zebrapad bij de school in de Vechtstraat?"), "by its label");
        assertTrue(inkomend.contains("dcterms:spatial") || inkomend.contains("dct:spatial"), "and by what link");
    }

    private String get(String pad, String accept) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + pad))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), pad + ": " + r.body());
        return r.body();
    }
}
