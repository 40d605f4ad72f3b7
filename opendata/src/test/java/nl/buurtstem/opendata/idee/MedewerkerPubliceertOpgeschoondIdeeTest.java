package nl.buurtstem.opendata.idee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An idea reaches the open data only as a text staff cleaned and a publisher approved. */
class MedewerkerPubliceertOpgeschoondIdeeTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Beheer beheer;

    @BeforeEach
    void staff() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void only_the_cleaned_approved_text_of_an_idea_is_published() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        kiosk.post(
                "/api/sync/v1/events",
                KioskBerichten.batch(
                        Instant.now(),
                        KioskBerichten.event(
                                1,
                                UUID.randomUUID().toString(),
                                "idee",
                                Instant.now(),
                                "{\"thema\":\"spelen\","
                                        + "\"tekst\":\"Ik, Jantje Zonneveld, wil een pannakooi bij de Vechtstraat\"}")));
        assertFalse(sparql("Zonneveld").contains("Zonneveld"), "the resident's own words are not published");

        HttpResponse<String> dirty = beheer.bewaar(
                "idee",
                "pannakooi-vechtstraat",
                "{\"id\":\"pannakooi-vechtstraat\",\"wijk\":\"WK019311\",\"thema\":\"spelen\",\"maand\":\"2026-11\","
                        + "\"tekst\":\"Een pannakooi bij de Vechtstraat, bel 06 12345678\"}");
        assertEquals(400, dirty.statusCode(), "a text with a phone number is refused");

        assertEquals(
                200,
                beheer.bewaar(
                                "idee",
                                "pannakooi-vechtstraat",
                                "{\"id\":\"pannakooi-vechtstraat\",\"wijk\":\"WK019311\",\"thema\":\"spelen\",\"maand\":\"2026-11\","
                                        + "\"tekst\":\"Een pannakooi bij de Vechtstraat.\"}")
                        .statusCode());
        assertFalse(sparql("pannakooi").contains("pannakooi"), "a draft is not published");
        assertEquals(200, beheer.publiceren("idee", "pannakooi-vechtstraat").statusCode());

        String found = Await.await(() -> sparql("pannakooi"), f -> f.contains("Een pannakooi bij de Vechtstraat."));
        assertTrue(found.contains("Een pannakooi bij de Vechtstraat."), found);
        assertFalse(found.contains("Zonneveld"));
    }

    private String sparql(String word) throws Exception {
        String q = "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(LCASE(STR(?o)), \""
                + word.toLowerCase() + "\")) }";
        return Sparql.body(centrale.url(), q, "text/csv");
    }
}
