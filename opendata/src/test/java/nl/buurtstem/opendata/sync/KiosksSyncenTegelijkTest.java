package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Telling;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Monday morning: every buurthuis's kiosk syncs at the same moment, and the central node commits batches that arrive
 * together in one go. Each kiosk still hears only about its own events, and one kiosk's refused batch (a card that
 * lost its numbering) takes nobody else's answers with it.
 */
class KiosksSyncenTegelijkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KIOSKS = 6;
    private static final int ANSWERS = 300;

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void kiosks_syncing_at_once_are_each_acknowledged_and_a_refused_batch_takes_no_other_answers_with_it()
            throws Exception {
        List<TestKiosk> fleet = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            fleet.add(TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT));
        }
        TestKiosk herschreven = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        TestKiosk dubbeleId = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        for (TestKiosk kiosk : List.of(herschreven, dubbeleId)) {
            assertEquals(
                    200,
                    kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, 3))
                            .statusCode());
        }
        // As long as the others' batches, so that they arrive among them; at their end a re-flashed card's new event
        // under an old number, and an old answer under a new number.
        String nieuwOpOudNummer = KioskBerichten.batch(
                Instant.now(),
                goedeAntwoorden(4, ANSWERS) + ","
                        + KioskBerichten.answer(
                                2, "aaaaaaaa-0000-4000-8000-000000000002", Instant.now(), KioskBerichten.PEILING, 1));
        String oudeIdNieuwNummer = KioskBerichten.batch(
                Instant.now(),
                goedeAntwoorden(4, ANSWERS) + ","
                        + KioskBerichten.answer(
                                ANSWERS + 1, KioskBerichten.idOf(1), Instant.now(), KioskBerichten.PEILING, 1));

        CyclicBarrier atOnce = new CyclicBarrier(KIOSKS + 2);
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + 2);
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        try {
            for (TestKiosk kiosk : fleet) {
                replies.add(pool.submit(() -> {
                    atOnce.await();
                    return kiosk.post("/api/sync/v1/events", KioskBerichten.answers(1, ANSWERS));
                }));
            }
            Future<HttpResponse<String>> refusedNumber = pool.submit(() -> {
                atOnce.await();
                return herschreven.post("/api/sync/v1/events", nieuwOpOudNummer);
            });
            Future<HttpResponse<String>> refusedId = pool.submit(() -> {
                atOnce.await();
                return dubbeleId.post("/api/sync/v1/events", oudeIdNieuwNummer);
            });

            for (int k = 0; k < KIOSKS; k++) {
                HttpResponse<String> reply = replies.get(k).get();
                assertEquals(200, reply.statusCode(), reply.body());
                assertEquals(
                        ANSWERS, JSON.readTree(reply.body()).get("acknowledged").asLong());
                assertEquals(
                        ANSWERS, JSON.readTree(reply.body()).get("accepted").asInt());
            }
            assertRefused(refusedNumber.get(), "/problems/sequence-reused");
            assertRefused(refusedId.get(), "/problems/event-id-reused");
        } finally {
            pool.shutdownNow();
        }

        Telling telling = new Telling(centrale.node());
        for (TestKiosk kiosk : fleet) {
            assertEquals(ANSWERS, kiosk.acknowledged());
            assertEquals(ANSWERS, telling.inDatabase(kiosk.id));
        }
        for (TestKiosk kiosk : List.of(herschreven, dubbeleId)) {
            assertEquals(3, kiosk.acknowledged(), "nothing of the refused batch is kept, not even its good event");
            assertEquals(3, telling.inDatabase(kiosk.id));
        }
        TestKiosk laatste = fleet.get(KIOSKS - 1);
        assertEquals(ANSWERS, telling.awaitSparql(laatste.id, c -> c == ANSWERS));
    }

    private static String goedeAntwoorden(long from, long to) {
        StringBuilder events = new StringBuilder();
        for (long seq = from; seq <= to; seq++) {
            events.append(seq == from ? "" : ",").append(KioskBerichten.answerEvent(seq));
        }
        return events.toString();
    }

    private static void assertRefused(HttpResponse<String> reply, String type) throws Exception {
        assertEquals(409, reply.statusCode(), reply.body());
        assertEquals(type, JSON.readTree(reply.body()).get("type").asText());
    }
}
