package nl.buurtstem.opendata.idee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An idea reaches the open data only as a text staff cleaned and a publisher approved. */
class MedewerkerPubliceertOpgeschoondIdeeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private String key;

    @BeforeEach
    void readStaffKey() throws Exception {
        key = Files.readString(centrale.data().resolve("staff-api-key")).trim();
    }

    @Test
    void only_the_cleaned_approved_text_of_an_idea_is_published() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.post(
                "/api/sync/v1/events",
                TestKiosk.batch(
                        Instant.now(),
                        "{\"seq\":1,\"id\":\"" + UUID.randomUUID()
                                + "\",\"type\":\"idee\",\"at\":\"" + Instant.now()
                                + "\",\"data\":{\"thema\":\"spelen\","
                                + "\"tekst\":\"Ik, Jantje Zonneveld, wil een pannakooi bij de Vechtstraat\"}}"));
        assertFalse(sparql("Zonneveld").contains("Zonneveld"), "the resident's own words are not published");

        HttpResponse<String> dirty = staff(
                "PUT",
                "/api/beheer/inhoud/idee/pannakooi-vechtstraat",
                "{\"id\":\"pannakooi-vechtstraat\",\"wijk\":\"WK019311\",\"thema\":\"spelen\",\"maand\":\"2026-11\","
                        + "\"tekst\":\"Een pannakooi bij de Vechtstraat, bel 06 12345678\"}");
        assertEquals(400, dirty.statusCode(), "a text with a phone number is refused");

        assertEquals(
                200,
                staff(
                                "PUT",
                                "/api/beheer/inhoud/idee/pannakooi-vechtstraat",
                                "{\"id\":\"pannakooi-vechtstraat\",\"wijk\":\"WK019311\",\"thema\":\"spelen\",\"maand\":\"2026-11\","
                                        + "\"tekst\":\"Een pannakooi bij de Vechtstraat.\"}")
                        .statusCode());
        assertFalse(sparql("pannakooi").contains("pannakooi"), "a draft is not published");
        assertEquals(
                200,
                staff("POST", "/api/beheer/inhoud/idee/pannakooi-vechtstraat/publiceren", null)
                        .statusCode());

        String found = Await.await(() -> sparql("pannakooi"), f -> f.contains("Een pannakooi bij de Vechtstraat."));
        assertTrue(found.contains("Een pannakooi bij de Vechtstraat."), found);
        assertFalse(found.contains("Zonneveld"));
    }

    private String sparql(String word) throws Exception {
        String q = "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(LCASE(STR(?o)), \""
                + word.toLowerCase() + "\")) }";
        return Sparql.body(centrale.url(), q, "text/csv");
    }

    private HttpResponse<String> staff(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(centrale.url() + path.substring(1)))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
