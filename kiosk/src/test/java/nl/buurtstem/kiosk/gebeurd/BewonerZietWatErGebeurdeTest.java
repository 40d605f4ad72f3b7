package nl.buurtstem.kiosk.gebeurd;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.buurtstem.kiosk.Browser;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wijk shared 1,000 euro: the benches (7 votes, 600) and the play equipment (6 votes, 300) won, the trees (5
 * votes, 500) no longer fitted. Staff said the benches are done. At 800x480, in each of the six languages, a resident
 * taps "Wat er gebeurde" and reads which proposals won and how far they are, and the evaluation of the wijk's plan
 * (src/test/browser/gebeurd.test.mjs; screenshots in target/kiosk-screenshots/gebeurd). With no initiatives of its own,
 * the wijk's initiatives screen shows examples from neighbouring wijken, each marked "Uit de wijk …".
 */
@Tag("slow")
class BewonerZietWatErGebeurdeTest {

    private static final String BUDGET = "wijkbudget-kroon-2027";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void the_winners_and_how_far_they_are_read_calmly_in_every_language_at_800x480() throws Exception {
        Browser.GEBEURD.requireTools();
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData).build().start();
        publiceer(centrale, null);
        await(() -> get("api/wijkbudgetten"), body -> body.contains(BUDGET));
        stem("bankjes", 7);
        stem("speeltoestel", 6);
        stem("bomen", 5);
        await(
                () -> centrale.rijen("SELECT count(*) FROM stembiljet"),
                r -> r.getFirst().equals("18"));
        publiceer(centrale, Instant.now().minusSeconds(1));
        // What staff set on the wijkbudget's page (walked in opendata's PublicistMeldtHoeVerGekozenVoorstelIsTest).
        centrale.wijzig(
                "INSERT INTO voorstel_uitvoering(wijkbudget, voorstel, status, notitie, datum) VALUES (?, ?, ?, ?, ?)",
                BUDGET,
                "bankjes",
                "klaar",
                "De bankjes staan er sinds maart.",
                "2027-03-15");
        centrale.wijzig(
                "INSERT INTO voorstel_uitvoering(wijkbudget, voorstel, status) VALUES (?, ?, ?)",
                BUDGET,
                "speeltoestel",
                "in-uitvoering");
        assertTrue(centrale.publiceer("evaluatie", "vechtstraat-2028", """
                        {"id": "vechtstraat-2028", "evalueert": "plan/herinrichting-vechtstraat",
                         "titel": "Terugblik op de nieuwe Vechtstraat", "datum": "2028-06-01",
                         "uitkomsten": "Er staan veertig nieuwe bomen. Fietsers voelen zich veiliger."}""").statusCode() < 300);
        // Diezerpoort without initiatives of its own: its kiosk shows examples from neighbouring wijken.
        centrale.wijzig("DELETE FROM initiatief WHERE wijk = ?", Centrale.WIJK);
        await(
                () -> get("api/gebeurd"),
                b -> b.contains("\"klaar\"") && b.contains("in-uitvoering") && b.contains("vechtstraat-2028"));

        Path artefacts = Browser.GEBEURD.runAgainst(kiosk, List.of(), "kiosk-screenshots/gebeurd");
        assertTrue(Files.exists(artefacts.resolve("gebeurd-ar.png")), "the Arabic screen was photographed");
    }

    private void publiceer(Centrale centrale, Instant eind) throws Exception {
        String json = """
                {"id":"%s","wijk":"%s","titel":"Wijkbudget De Kroon","uitleg":"Verdeel 1000 euro.","bedrag":1000,
                 "voorstellen":[{"id":"bankjes","titel":"Bankjes aan het water","bedrag":600},
                   {"id":"speeltoestel","titel":"Speeltoestel","bedrag":300},
                   {"id":"bomen","titel":"Bomen in de straat","bedrag":500}],
                 "stemcodes":false,"demo":false,"eind":%s}""".formatted(BUDGET, Centrale.WIJK, eind == null ? "null" : "\"" + eind + "\"");
        HttpResponse<String> r = centrale.publiceer("wijkbudget", BUDGET, json);
        assertTrue(r.statusCode() < 300, r.body());
    }

    private void stem(String voorstel, int keer) throws Exception {
        for (int i = 0; i < keer; i++) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(kiosk.url() + "api/wijkbudgetten/" + BUDGET + "/stembiljetten"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"voorstellen\":[\"" + voorstel + "\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    private String get(String pad) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + pad)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
