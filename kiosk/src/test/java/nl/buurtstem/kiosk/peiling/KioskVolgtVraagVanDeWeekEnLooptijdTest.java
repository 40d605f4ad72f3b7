package nl.buurtstem.kiosk.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff choose the question of the week, the order of the polls and when each runs (the content feed's
 * {@code vraagVanDeWeek}, {@code volgorde}, {@code start}, {@code eind}); the kiosk follows them by its own clock,
 * and without them shows the polls as published, the first one answered by the buttons.
 */
class KioskVolgtVraagVanDeWeekEnLooptijdTest {

    @TempDir
    Path data;

    private Database db;
    private final TestClock clock = new TestClock(Instant.parse("2027-03-01T08:00:00Z"));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_question_of_the_week_comes_first_and_the_rest_in_staffs_order() {
        PeilingService service = service("""
                {"vraagVanDeWeek": "zebrapad",
                 "peilingen": [%s, %s, %s, %s]}""".formatted(
                        poll("speelplek", ",\"volgorde\":3"),
                        poll("zebrapad", ",\"volgorde\":9"),
                        poll("bankjes", ",\"volgorde\":1"),
                        poll("afval", ",\"volgorde\":1")));
        assertEquals(List.of("zebrapad", "afval", "bankjes", "speelplek"), ids(service));
        assertEquals("zebrapad", service.actief().orElseThrow().id(), "the buttons answer the question of the week");
    }

    @Test
    void a_poll_shows_only_between_its_start_and_end_by_the_kiosks_clock() {
        PeilingService service = service("""
                {"peilingen": [%s, %s, %s]}""".formatted(
                poll("altijd", ""),
                poll("maart", ",\"start\":\"2027-03-01T10:00:00+01:00\",\"eind\":\"2027-04-01T00:00:00+02:00\""),
                poll("kapot", ",\"start\":\"morgen\"")));
        assertEquals(List.of("altijd", "kapot"), ids(service), "before 10:00 Dutch time; a broken date is no date");
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of("altijd", "maart", "kapot"), ids(service), "from its start");
        clock.set(Instant.parse("2027-03-31T22:00:00Z"));
        assertEquals(List.of("altijd", "kapot"), ids(service), "not from its end on");
    }

    @Test
    void without_the_new_fields_the_polls_stay_as_published() {
        PeilingService service = service("""
                {"vraagVanDeWeek": "bestaat-niet", "peilingen": [%s, %s, %s]}""".formatted(poll("c", ""), poll("a", ""), poll("b", "")));
        assertEquals(List.of("c", "a", "b"), ids(service));
        assertEquals("c", service.actief().orElseThrow().id());
    }

    private PeilingService service(String feed) {
        db = Database.open(data.resolve("kiosk.db"));
        Migrations.apply(db, List.of(Outbox.SCHEMA, LocalContent.SCHEMA, PeilingService.SCHEMA));
        db.transaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO content(id, etag, body) VALUES (1, 'x', ?)")) {
                s.setBytes(1, feed.getBytes(StandardCharsets.UTF_8));
                return s.executeUpdate();
            }
        });
        ObjectMapper json = new ObjectMapper();
        return new PeilingService(db, json, new LocalContent(db, json), Duration.ZERO, clock, () -> {});
    }

    private static String poll(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"wijk\":\"WK019311\",\"vraag\":\"Vraag " + id
                + "?\",\"opties\":[\"Ja\",\"Nee\"]" + extra + "}";
    }

    private static List<String> ids(PeilingService service) {
        return service.peilingen().stream().map(Peiling::id).toList();
    }
}
