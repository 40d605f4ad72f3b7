package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Bad sync requests are refused with a clear JSON problem and change nothing. */
class SyncWeigertOngeldigeVerzoekenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEILING = "speelplek-diezerpoort";

    // One central node per class, for speed: each test enrolls its own kiosk, so tests never see each other's events.
    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private TestKiosk kiosk;

    @BeforeEach
    void enrollKiosk() throws Exception {
        kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
    }

    @Test
    void unsigned_batch_is_refused_and_counts_nothing() throws Exception {
        HttpResponse<String> response =
                kiosk.unsigned("/api/sync/v1/events", KioskBerichten.answerBatch(1, PEILING, 1));

        assertProblem(response, 401, "/problems/unsigned");
        assertEquals(0, acknowledged());
    }

    @Test
    void batch_signed_with_a_wrong_secret_is_refused_without_revealing_the_secret() throws Exception {
        HttpResponse<String> response = kiosk.send(
                "POST",
                "/api/sync/v1/events",
                KioskBerichten.answerBatch(1, PEILING, 1),
                "not-the-secret",
                System.currentTimeMillis());

        assertProblem(response, 401, "/problems/bad-signature");
        assertFalse(response.body().contains("not-the-secret"));
        assertEquals(0, acknowledged());
    }

    @Test
    void malformed_json_is_refused_as_bad_request() throws Exception {
        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", "{\"protocol\":1, \"events\": [");

        assertProblem(response, 400, "/problems/malformed-json");
        assertEquals(0, acknowledged());
    }

    @Test
    void unknown_event_type_refuses_the_whole_batch() throws Exception {
        String batch = KioskBerichten.answerBatch(1, PEILING, 1).replace("\"antwoord\"", "\"teleportatie\"");

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", batch);

        assertProblem(response, 400, "/problems/unknown-event-type");
        assertEquals(0, acknowledged());
    }

    @Test
    void a_request_signed_long_ago_is_refused_with_the_server_time() throws Exception {
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        HttpResponse<String> response = kiosk.send(
                "POST", "/api/sync/v1/events", KioskBerichten.answerBatch(1, PEILING, 1), signingSecretOf(), anHourAgo);

        JsonNode problem = assertProblem(response, 401, "/problems/stale-timestamp");
        assertTrue(problem.get("serverTime").asLong() > anHourAgo);
    }

    @Test
    void a_valid_batch_sent_twice_is_counted_once() throws Exception {
        String batch = KioskBerichten.answerBatch(1, PEILING, 2);
        assertEquals(200, kiosk.post("/api/sync/v1/events", batch).statusCode());

        HttpResponse<String> again = kiosk.post("/api/sync/v1/events", batch);

        assertEquals(200, again.statusCode());
        JsonNode body = JSON.readTree(again.body());
        assertEquals(1, body.get("acknowledged").asLong());
        assertEquals(1, body.get("duplicates").asInt());
        assertEquals(0, body.get("accepted").asInt());
    }

    @Test
    void a_body_over_the_size_limit_is_refused_as_a_json_problem() throws Exception {
        String huge = KioskBerichten.batch(Instant.now(), "").replace("[]", "[]" + " ".repeat(5 * 1024 * 1024));

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", huge);

        assertProblem(response, 413, "/problems/body-too-large");
        assertEquals(0, acknowledged());
    }

    @Test
    void more_events_than_a_batch_may_hold_are_refused_whole() throws Exception {
        HttpResponse<String> response =
                kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, BatchRules.MAX_EVENTS + 1));

        assertProblem(response, 413, "/problems/batch-too-large");
        assertEquals(0, acknowledged());
    }

    @Test
    void fields_of_the_wrong_kind_are_refused_as_bad_request() throws Exception {
        for (String bad : new String[] {
            "",
            "[]",
            "{\"protocol\":1}",
            KioskBerichten.answers(1, 1).replace("\"seq\":1", "\"seq\":\"een\""),
            KioskBerichten.answers(1, 1).replace("\"optie\":2", "\"optie\":\"twee\""),
            KioskBerichten.answers(1, 1).replace("\"protocol\":1", "\"protocol\":2"),
            KioskBerichten.answers(1, 1).replaceFirst("\"at\":\"[^\"]+\"", "\"at\":\"gisteren\""),
            KioskBerichten.answers(1, 1).replace("\"data\":{", "\"data\":7,\"x\":{"),
            KioskBerichten.answers(1, 1).replace("\"type\":\"antwoord\"", "\"type\":null")
        }) {
            HttpResponse<String> response = kiosk.post("/api/sync/v1/events", bad);

            assertEquals(400, response.statusCode(), bad + " -> " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(0, acknowledged());
    }

    @Test
    void a_sequence_reused_for_another_event_is_a_conflict_and_keeps_the_first() throws Exception {
        assertEquals(
                200,
                kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(1, PEILING, 1))
                        .statusCode());

        HttpResponse<String> reused = kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(1, PEILING, 3));

        assertProblem(reused, 409, "/problems/sequence-reused");
        assertEquals(1, acknowledged());
    }

    @Test
    void an_event_resent_under_another_sequence_is_a_conflict_not_a_second_answer() throws Exception {
        assertEquals(
                200,
                kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, 1)).statusCode());
        String renumbered = KioskBerichten.answers(1, 1).replace("\"seq\":1", "\"seq\":2");

        HttpResponse<String> response = kiosk.post("/api/sync/v1/events", renumbered);

        assertProblem(response, 409, "/problems/event-id-reused");
        assertEquals(1, acknowledged());
    }

    @Test
    void after_a_run_of_refused_batches_the_answers_count_exactly_once_in_the_database_and_sparql() throws Exception {
        String valid = KioskBerichten.answers(1, 2);
        kiosk.unsigned("/api/sync/v1/events", valid);
        kiosk.send("POST", "/api/sync/v1/events", valid, "not-the-secret", System.currentTimeMillis());
        kiosk.send("POST", "/api/sync/v1/events", valid, kiosk.secret, System.currentTimeMillis() - 3_600_000);
        kiosk.post("/api/sync/v1/events", valid.substring(0, valid.length() / 2));
        kiosk.post("/api/sync/v1/events", valid.replace("\"antwoord\"", "\"teleportatie\""));
        kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, BatchRules.MAX_EVENTS + 1));

        assertEquals(200, kiosk.post("/api/sync/v1/events", valid).statusCode());
        assertEquals(200, kiosk.post("/api/sync/v1/events", valid).statusCode());

        Telling telling = new Telling(centrale.node());
        assertEquals(2, telling.inDatabase(kiosk.id));
        assertEquals(2, telling.awaitSparql(kiosk.id, n -> n == 2));
    }

    private String signingSecretOf() {
        return kiosk.secret;
    }

    private long acknowledged() throws Exception {
        HttpResponse<String> status =
                kiosk.send("GET", "/api/sync/v1/status", "", signingSecretOf(), System.currentTimeMillis());
        return JSON.readTree(status.body()).get("acknowledged").asLong();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type " + response.headers().firstValue("Content-Type"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(type, problem.get("type").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("detail").asText().isBlank());
        return problem;
    }
}
