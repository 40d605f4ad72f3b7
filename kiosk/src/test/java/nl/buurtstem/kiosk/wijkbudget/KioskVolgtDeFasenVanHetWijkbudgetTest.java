package nl.buurtstem.kiosk.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.kiosk.web.Problem;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff give a wijkbudget's phases dates (ideas, proposals, voting until its end, result, execution); a kiosk with no
 * connection at all follows them by its own clock: the screen is told the phase, and a ballot is taken only while
 * voting is open.
 */
class KioskVolgtDeFasenVanHetWijkbudgetTest {

    private static final String FASEN = """
            ,"fasen":{"ideeen":"2027-01-10T08:00:00Z","voorstellen":"2027-02-01T08:00:00Z",
                      "stemmen":"2027-03-01T08:00:00Z","uitvoering":"2027-05-01T08:00:00Z"},
            "eind":"2027-03-29T16:00:00Z\"""";

    @TempDir
    Path data;

    private Database db;
    private final TestClock klok = new TestClock(Instant.parse("2027-02-10T12:00:00Z"));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_ballot_is_taken_only_between_the_start_and_end_of_voting_by_the_kiosks_clock() {
        WijkbudgetService service = service(budget("voorjaar", FASEN));
        Outbox outbox = new Outbox(db);

        JsonNode scherm = service.voorScherm().get(0);
        assertEquals("voorstellen", scherm.path("fase").asText(), "in February the municipality makes proposals");
        assertEquals("2027-03-01T08:00:00Z", scherm.path("stemmenVanaf").asText(), "the screen says from when");
        Problem teVroeg = assertThrows(Problem.class, () -> service.stem("voorjaar", List.of("bankjes"), null, "s"));
        assertEquals(409, teVroeg.status());
        assertEquals("wijkbudget-not-open", teVroeg.type());
        assertEquals(0, outbox.size(), "nothing is queued before voting opens");

        klok.set(Instant.parse("2027-03-01T08:00:00Z"));
        assertEquals("stemmen", service.voorScherm().get(0).path("fase").asText());
        service.stem("voorjaar", List.of("bankjes"), null, "s");
        assertEquals(1, outbox.size(), "from the start of voting a ballot is queued");

        klok.set(Instant.parse("2027-03-29T16:00:00Z"));
        assertEquals(0, service.voorScherm().size(), "after voting the result is under 'Wat er gebeurde'");
        Problem teLaat = assertThrows(Problem.class, () -> service.stem("voorjaar", List.of("bankjes"), null, "s"));
        assertEquals("wijkbudget-closed", teLaat.type());
        assertEquals(1, outbox.size());
    }

    @Test
    void the_budget_open_for_voting_comes_first_on_the_screen() {
        WijkbudgetService service = service(budget("najaar", ",\"fasen\":{\"stemmen\":\"2027-09-01T08:00:00Z\"}") + ","
                + budget("voorjaar", FASEN));
        klok.set(Instant.parse("2027-03-10T08:00:00Z"));
        assertEquals("voorjaar", service.voorScherm().get(0).path("id").asText());
        assertEquals("voorstellen", service.voorScherm().get(1).path("fase").asText(), "before its only dated phase");
    }

    @Test
    void without_dates_a_wijkbudget_is_open_for_voting_as_before() {
        WijkbudgetService service = service(budget("altijd", ""));
        assertEquals("stemmen", service.voorScherm().get(0).path("fase").asText());
        service.stem("altijd", List.of("bankjes"), null, "s");
        assertEquals(1, new Outbox(db).size());
    }

    private WijkbudgetService service(String budgetten) {
        db = Database.open(data.resolve("kiosk.db"));
        Migrations.apply(db, List.of(Outbox.SCHEMA, LocalContent.SCHEMA, WijkbudgetService.SCHEMA));
        String feed = "{\"wijkbudgetten\":[" + budgetten + "]}";
        db.transaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO content(id, etag, body) VALUES (1, 'x', ?)")) {
                s.setBytes(1, feed.getBytes(StandardCharsets.UTF_8));
                return s.executeUpdate();
            }
        });
        ObjectMapper json = new ObjectMapper();
        return new WijkbudgetService(db, json, new LocalContent(db, json), klok, () -> {});
    }

    private static String budget(String id, String extra) {
        return "{\"wijkbudget\":{\"id\":\"" + id + "\",\"wijk\":\"WK019302\",\"titel\":\"Wijkbudget " + id
                + "\",\"bedrag\":8000,\"stemcodes\":false,\"voorstellen\":[{\"id\":\"bankjes\",\"titel\":\"Bankjes\","
                + "\"bedrag\":3000}]" + extra + "}}";
    }
}
