package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kiosk reports the button presses it did not count (the same button hammered); the open data shows them
 * beside the counted answers, so reusers see raw and filtered figures.
 */
@Tag("slow")
class KioskMeldtHerhaaldeKnopdrukkenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void suppressed_presses_are_published_beside_the_counted_answer() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        Instant now = Instant.now();
        String events = knop(1, "antwoord", 2, null, now) + "," + knop(2, "onderdrukt", 2, "herhaald", now) + ","
                + knop(3, "onderdrukt", 2, "herhaald", now) + ","
                + knop(4, "onderdrukt", 2, "kort-na-vorig-antwoord", now);

        HttpResponse<String> sent = kiosk.post("/api/sync/v1/events", KioskBerichten.batch(now, events));

        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(4, JSON.readTree(sent.body()).get("accepted").asInt());
        assertEquals(3, awaitSum("aantalOnderdrukt", 3));
        assertEquals(1, sum("aantalAntwoorden"));
    }

    @Test
    void a_resent_suppressed_press_is_recorded_once() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        Instant now = Instant.now();
        String batch = KioskBerichten.batch(now, knop(1, "onderdrukt", 3, "herhaald", now));

        kiosk.post("/api/sync/v1/events", batch);
        HttpResponse<String> again = kiosk.post("/api/sync/v1/events", batch);

        assertEquals(1, JSON.readTree(again.body()).get("duplicates").asInt());
        assertEquals(1, awaitSum("aantalOnderdrukt", 1));
    }

    @Test
    void a_suppressed_press_with_an_unknown_reason_is_refused_and_nothing_is_stored() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        Instant now = Instant.now();

        HttpResponse<String> refused = kiosk.post(
                "/api/sync/v1/events", KioskBerichten.batch(now, knop(1, "onderdrukt", 2, "verveling", now)));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(0, kiosk.acknowledged());
    }

    private static String knop(long seq, String type, int optie, String reden, Instant at) {
        return KioskBerichten.event(
                seq,
                UUID.randomUUID().toString(),
                type,
                at,
                "{\"peiling\":\"" + KioskBerichten.PEILING + "\",\"optie\":" + optie + ",\"kanaal\":\"knop\""
                        + (reden == null ? "" : ",\"reden\":\"" + reden + "\"") + "}");
    }

    private long awaitSum(String measure, long expected) throws Exception {
        return Await.await(() -> sum(measure), last -> last == expected);
    }

    private long sum(String measure) throws Exception {
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?totaal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ; <%1$sdef/peiling> <%1$sid/peiling/%2$s> ;
                       <%1$sdef/kanaal> <%1$sid/kanaal/knop> ; <%1$sdef/%3$s> ?n .
                }""".formatted(centrale.baseUri(), KioskBerichten.PEILING, measure);
        JsonNode value =
                Sparql.select(centrale.url(), query).path(0).path("totaal").path("value");
        return value.isMissingNode() ? 0 : value.asLong();
    }
}
