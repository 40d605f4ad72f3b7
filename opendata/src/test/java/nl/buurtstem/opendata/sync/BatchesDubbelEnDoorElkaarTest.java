package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Networks duplicate, reorder and resend. Whatever order batches arrive in, every answer counts once, and the
 * acknowledgement only covers events with no gap below them, so the kiosk never prunes what is missing.
 */
class BatchesDubbelEnDoorElkaarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // One central node per class, for speed: each test enrolls its own kiosk, so tests never see each other's events.
    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private TestKiosk kiosk;

    @BeforeEach
    void enrollKiosk() throws Exception {
        kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
    }

    @Test
    void a_later_batch_arriving_first_is_kept_but_not_acknowledged_until_the_gap_is_filled() throws Exception {
        JsonNode later = upload(KioskBerichten.answers(4, 6));
        JsonNode earlier = upload(KioskBerichten.answers(1, 3));

        assertEquals(0, later.get("acknowledged").asLong());
        assertEquals(3, later.get("accepted").asInt());
        assertEquals(6, earlier.get("acknowledged").asLong());
        assertCountedExactly(6);
    }

    @Test
    void duplicated_and_overlapping_batches_count_each_answer_once() throws Exception {
        upload(KioskBerichten.answers(1, 3));
        JsonNode duplicate = upload(KioskBerichten.answers(1, 3));
        JsonNode overlapping = upload(KioskBerichten.answers(2, 5));
        JsonNode reorderedInside = upload(KioskBerichten.batch(
                Instant.now(),
                KioskBerichten.answerEvent(8) + "," + KioskBerichten.answerEvent(7) + ","
                        + KioskBerichten.answerEvent(6)));

        assertEquals(3, duplicate.get("duplicates").asInt());
        assertEquals(0, duplicate.get("accepted").asInt());
        assertEquals(2, overlapping.get("duplicates").asInt());
        assertEquals(5, overlapping.get("acknowledged").asLong());
        assertEquals(8, reorderedInside.get("acknowledged").asLong());
        assertCountedExactly(8);
    }

    @Test
    void acknowledgement_survives_a_restart_of_the_central_node() throws Exception {
        upload(KioskBerichten.answers(1, 4));
        centrale.herstart();

        assertEquals(4, kiosk.acknowledged());
        JsonNode resent = upload(KioskBerichten.answers(1, 5));

        assertEquals(4, resent.get("duplicates").asInt());
        assertEquals(5, resent.get("acknowledged").asLong());
        assertCountedExactly(5);
    }

    @Test
    void a_kiosk_enrolled_again_numbers_on_after_its_old_numbers_but_only_before_its_first_event() throws Exception {
        HttpResponse<String> chosen = kiosk.post("/api/sync/v1/numbering", "{\"startAfter\":40}");
        HttpResponse<String> again = kiosk.post("/api/sync/v1/numbering", "{\"startAfter\":40}");
        JsonNode first = upload(KioskBerichten.answers(41, 42));
        HttpResponse<String> tooLate = kiosk.post("/api/sync/v1/numbering", "{\"startAfter\":100}");

        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals(40, JSON.readTree(chosen.body()).get("acknowledged").asLong());
        assertEquals(200, again.statusCode(), "choosing the same start again is harmless");
        assertEquals(42, first.get("acknowledged").asLong());
        assertEquals(409, tooLate.statusCode());
        assertEquals(
                "/problems/numbering-started",
                JSON.readTree(tooLate.body()).get("type").asText());
        assertEquals(42, kiosk.acknowledged());
        assertCountedExactly(2);
    }

    private JsonNode upload(String batch) throws Exception {
        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", batch);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private void assertCountedExactly(long n) throws Exception {
        Telling telling = new Telling(centrale.node());
        assertEquals(n, telling.inDatabase(kiosk.id));
        assertEquals(n, telling.awaitSparql(kiosk.id, c -> c == n));
    }
}
