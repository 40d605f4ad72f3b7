package nl.buurtstem.kiosk.inbreng;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident votes on the wijkbudget at De Kroon and copies the receipt code. At Het Anker she types it and reads that
 * her ballot is in the count of that wijkbudget, never what she chose. After voting ends, the open data lists the
 * receipts of all counted ballots, so anyone can check; nothing in it, nor in the central node's tables, puts a
 * receipt beside a choice, a kiosk or a time.
 */
class BewonerZietDatZijnStemIsGeteldTest {

    private static final String BUDGET = "wijkbudget-kroon-2027";

    @TempDir
    Path data;

    private TweeBuurthuizen buurt;

    @AfterEach
    void stop() {
        if (buurt != null) {
            buurt.close();
        }
    }

    @Test
    void her_receipt_shows_her_ballot_is_counted_and_the_closed_vote_publishes_all_receipts() throws Exception {
        buurt = TweeBuurthuizen.start(data);
        Centrale centrale = buurt.centrale;
        KioskNode deKroon = buurt.deKroon;
        KioskNode hetAnker = buurt.hetAnker;
        publiceer(centrale, null);
        for (KioskNode kiosk : new KioskNode[] {deKroon, hetAnker}) {
            await(() -> buurt.get(kiosk, "api/wijkbudgetten").body(), body -> body.contains(BUDGET));
        }

        // Voting while the municipality is unreachable: the kiosk itself knows the ballot is on its way.
        buurt.centraleUit();
        String eerste = stem(deKroon, "bankjes");
        assertTrue(eerste.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), "a code to copy on paper: " + eerste);
        JsonNode onderweg = buurt.inbreng(deKroon, eerste);
        assertEquals("stembiljet", onderweg.path("soort").asText());
        assertEquals("onderweg", onderweg.path("status").asText());
        buurt.centraleAan();

        List<String> codes = new ArrayList<>(List.of(eerste));
        for (int i = 0; i < 9; i++) {
            codes.add(stem(deKroon, "bankjes"));
        }
        for (int i = 0; i < 10; i++) {
            codes.add(stem(i % 2 == 0 ? deKroon : hetAnker, "bomen"));
        }

        await(() -> buurt.get(hetAnker, "api/inbreng/" + eerste.toLowerCase()).body(), b -> b.contains("\"geteld\""));
        JsonNode geteld = buurt.inbreng(hetAnker, eerste.toLowerCase());
        assertEquals("Wijkbudget De Kroon", geteld.path("wijkbudget").asText());
        assertFalse(geteld.path("definitief").asBoolean(), "voting is still open");
        assertFalse(geteld.toString().contains("bankjes"), "the answer never says what was chosen: " + geteld);

        await(
                () -> centrale.rijen("SELECT count(*) FROM stembon"),
                r -> r.getFirst().equals("20"));
        for (String data : centrale.rijen("SELECT data FROM kiosk_event WHERE type = 'stembiljet'")) {
            assertFalse(data.contains("\"bon\""), "the event log keeps the ballot without its receipt: " + data);
        }
        assertEquals(-1, stemmen(centrale, "bomen"), "no vote count while voting is open");
        assertTrue(bonnen(centrale).isEmpty(), "no receipts while voting is open: " + bonnen(centrale));

        // Staff end the vote.
        publiceer(centrale, Instant.now().minusSeconds(1));
        await(() -> stemmen(centrale, "bomen"), n -> n == 10);
        Set<String> verwacht = new TreeSet<>();
        codes.forEach(c -> verwacht.add(Bon.hash(c)));
        assertEquals(20, verwacht.size());
        assertEquals(verwacht, await(() -> bonnen(centrale), b -> !b.isEmpty()));
        JsonNode waar = centrale.sparql(
                "SELECT DISTINCT ?s ?p WHERE { ?s ?p \"" + verwacht.iterator().next() + "\" }");
        assertEquals(1, waar.size(), "a receipt is said of one thing only: " + waar);
        assertEquals(
                centrale.url() + "id/wijkbudget/" + BUDGET,
                waar.path(0).path("s").path("value").asText());

        // Under "Wat er gebeurde" the wijk reads how it shared the money, as the open data shows it.
        String gebeurd = await(() -> buurt.get(hetAnker, "api/gebeurd").body(), b -> b.contains(BUDGET));
        JsonNode budget = Centrale.JSON.readTree(gebeurd).path("wijkbudgetten").path(0);
        assertEquals(BUDGET, budget.path("id").asText(), gebeurd);
        assertEquals(2, budget.path("voorstellen").size());
        for (JsonNode v : budget.path("voorstellen")) {
            assertEquals(10, v.path("aantal").asLong(), v.toString());
        }

        JsonNode definitief = buurt.inbreng(hetAnker, codes.get(12));
        assertEquals("geteld", definitief.path("status").asText());
        assertTrue(definitief.path("definitief").asBoolean(), "voting has ended: the count is final");

        await(() -> buurt.get(deKroon, "api/wijkbudgetten").body(), body -> !body.contains(BUDGET));
        HttpResponse<String> teLaat =
                buurt.post(deKroon, "api/wijkbudgetten/" + BUDGET + "/stembiljetten", "{\"voorstellen\":[\"bomen\"]}");
        assertEquals(409, teLaat.statusCode(), teLaat.body());
    }

    private void publiceer(Centrale centrale, Instant eind) throws Exception {
        String json = """
                {"id":"%s","wijk":"%s","titel":"Wijkbudget De Kroon","uitleg":"Verdeel 1000 euro.","bedrag":1000,
                 "voorstellen":[{"id":"bankjes","titel":"Bankjes","bedrag":600},{"id":"bomen","titel":"Bomen","bedrag":500}],
                 "stemcodes":false,"demo":false,"eind":%s}""".formatted(BUDGET, Centrale.WIJK, eind == null ? "null" : "\"" + eind + "\"");
        HttpResponse<String> r = centrale.publiceer("wijkbudget", BUDGET, json);
        assertTrue(r.statusCode() < 300, r.body());
    }

    private String stem(KioskNode kiosk, String voorstel) throws Exception {
        HttpResponse<String> r = buurt.post(
                kiosk, "api/wijkbudgetten/" + BUDGET + "/stembiljetten", "{\"voorstellen\":[\"" + voorstel + "\"]}");
        assertEquals(201, r.statusCode(), r.body());
        return Centrale.JSON.readTree(r.body()).path("bon").asText();
    }

    private long stemmen(Centrale centrale, String voorstel) throws Exception {
        JsonNode n = centrale.sparql("SELECT ?n WHERE { <" + centrale.url() + "id/wijkbudget/" + BUDGET + "/voorstel/"
                + voorstel + "> <" + centrale.url() + "def/aantalStemmen> ?n }");
        return n.size() == 0 ? -1 : n.path(0).path("n").path("value").asLong();
    }

    private Set<String> bonnen(Centrale centrale) throws Exception {
        Set<String> bonnen = new TreeSet<>();
        for (JsonNode b : centrale.sparql("SELECT ?b WHERE { <" + centrale.url() + "id/wijkbudget/" + BUDGET + "> <"
                + centrale.url() + "def/geteldeBon> ?b }")) {
            bonnen.add(b.path("b").path("value").asText());
        }
        return bonnen;
    }
}
