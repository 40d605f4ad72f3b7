package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.store.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Raspberry Pi has no clock battery: after a night without power it may believe it is 1970. Its answers
 * still count, at the right time, flagged for staff; order follows the kiosk's sequence, never its clock.
 */
class KioskKlokTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant BOOTED_IN_1970 = Instant.parse("1970-01-01T00:03:00Z");

    // One central node per class, for speed: each test enrolls its own kiosk, so tests never see each other's events.
    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private TestKiosk kiosk;

    @BeforeEach
    void enrollKiosk() throws Exception {
        kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
    }

    @Test
    void answers_from_a_kiosk_that_believes_it_is_1970_count_with_corrected_times_and_a_flag() throws Exception {
        Instant before = Instant.now();
        String batch = KioskBerichten.batch(
                BOOTED_IN_1970.plusSeconds(60),
                KioskBerichten.answer(1, UUID.randomUUID().toString(), BOOTED_IN_1970, KioskBerichten.PEILING, 1) + ","
                        + KioskBerichten.answer(
                                2,
                                UUID.randomUUID().toString(),
                                BOOTED_IN_1970.plusSeconds(30),
                                KioskBerichten.PEILING,
                                2));

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", batch);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, JSON.readTree(response.body()).get("acknowledged").asLong());
        List<Stored> stored = stored();
        assertEquals(2, stored.size());
        for (Stored e : stored) {
            assertTrue(
                    e.kioskTime().isBefore(Instant.parse("1971-01-01T00:00:00Z")), "the kiosk's own reading is kept");
            assertTrue(
                    Duration.between(before, e.time()).abs().compareTo(Duration.ofMinutes(2)) < 0,
                    "corrected to about now: " + e.time());
            assertNotNull(e.flag(), "a time that far off is flagged for staff");
        }
        assertEquals(
                30,
                Duration.between(stored.get(0).time(), stored.get(1).time()).toSeconds(),
                "the offset is one correction for the whole batch, keeping the gap between answers");
        JsonNode sync = syncOverview();
        assertTrue(
                sync.get("clockOffsetMs").asLong() > Duration.ofDays(365 * 50).toMillis());
        assertEquals(2, sync.get("timeFlagged").asInt());
        assertEquals(2, new Telling(centrale.node()).awaitSparql(kiosk.id, n -> n == 2));
    }

    @Test
    void an_answer_stamped_in_1970_synced_after_the_clock_was_fixed_counts_at_its_receipt_time() throws Exception {
        Instant now = Instant.now();
        String batch = KioskBerichten.batch(
                now, KioskBerichten.answer(1, UUID.randomUUID().toString(), BOOTED_IN_1970, KioskBerichten.PEILING, 3));

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", batch);

        assertEquals(200, response.statusCode(), response.body());
        Stored e = stored().getFirst();
        assertTrue(e.flag().startsWith("implausible time"), e.flag());
        assertTrue(!e.time().isBefore(now.minusSeconds(5)), "placed at receipt, not in 1970: " + e.time());
        assertEquals(1, new Telling(centrale.node()).awaitSparql(kiosk.id, n -> n == 1));
    }

    @Test
    void order_follows_the_sequence_even_when_the_clock_went_backwards() throws Exception {
        Instant now = Instant.now();
        String batch = KioskBerichten.batch(
                now,
                KioskBerichten.answer(1, UUID.randomUUID().toString(), now.minusSeconds(10), KioskBerichten.PEILING, 1)
                        + ","
                        + KioskBerichten.answer(
                                2, UUID.randomUUID().toString(), now.minusSeconds(120), KioskBerichten.PEILING, 1));

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", batch);

        assertEquals(2, JSON.readTree(response.body()).get("acknowledged").asLong());
        List<Stored> stored = stored();
        assertEquals(List.of(1L, 2L), stored.stream().map(Stored::seq).toList());
        assertTrue(stored.get(1).time().isBefore(stored.get(0).time()), "times are kept as told, not reordered");
    }

    private record Stored(long seq, Instant kioskTime, Instant time, String flag) {}

    private List<Stored> stored() throws Exception {
        List<Stored> result = new ArrayList<>();
        try (Connection c = TestStore.connect(centrale.node().database());
                PreparedStatement q = c.prepareStatement(
                        "SELECT seq, kiosk_time, event_time, time_flag FROM kiosk_event WHERE kiosk_id = ? ORDER BY seq")) {
            q.setString(1, kiosk.id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Stored(
                            rs.getLong(1),
                            Instant.parse(rs.getString(2)),
                            Instant.parse(rs.getString(3)),
                            rs.getString(4)));
                }
            }
        }
        return result;
    }

    private JsonNode syncOverview() throws Exception {
        HttpResponse<String> response =
                new Beheer(centrale.url(), centrale.data()).send("GET", "/api/beheer/sync/kiosks/" + kiosk.id, null);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
