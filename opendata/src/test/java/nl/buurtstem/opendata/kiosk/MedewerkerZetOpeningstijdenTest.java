package nl.buurtstem.opendata.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff set when a buurthuis is open; the kiosk there gets the hours with its content. */
@Tag("slow")
class MedewerkerZetOpeningstijdenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void opening_hours_set_by_staff_reach_the_kiosk_with_its_content() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);

        HttpResponse<String> put =
                put(kiosk.id, "{\"zaterdag\": [\"10:00-14:00\"], \"maandag\": [\"09:00-12:00\", \"13:00-21:30\"]}");

        assertEquals(204, put.statusCode(), put.body());
        JsonNode hours = content(kiosk).get("kiosk").get("openingstijden");
        assertEquals("09:00-12:00", hours.get("maandag").get(0).asText());
        assertEquals("13:00-21:30", hours.get("maandag").get(1).asText());
        assertEquals("10:00-14:00", hours.get("zaterdag").get(0).asText());
        assertEquals("maandag", hours.fieldNames().next(), "weekdays in their own order");
    }

    @Test
    void without_opening_hours_the_kiosk_gets_none_and_stays_open() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        put(kiosk.id, "{\"maandag\": [\"09:00-17:00\"]}");

        assertEquals(204, put(kiosk.id, "null").statusCode());

        assertTrue(content(kiosk).get("kiosk").get("openingstijden").isNull());
    }

    @Test
    void a_time_span_the_wrong_way_round_is_refused_naming_the_entry() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);

        HttpResponse<String> put = put(kiosk.id, "{\"dinsdag\": [\"09:00-12:00\", \"17:00-13:00\"]}");

        assertEquals(400, put.statusCode());
        assertTrue(
                JSON.readTree(put.body()).get("detail").asText().startsWith("openingstijden.dinsdag[1]:"), put.body());
    }

    @Test
    void a_day_that_is_not_a_weekday_is_refused() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);

        HttpResponse<String> put = put(kiosk.id, "{\"zondagmiddag\": [\"12:00-16:00\"]}");

        assertEquals(400, put.statusCode());
        assertTrue(
                JSON.readTree(put.body()).get("detail").asText().startsWith("openingstijden.zondagmiddag:"),
                put.body());
    }

    @Test
    void opening_hours_can_be_given_when_registering_a_kiosk() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        HttpResponse<String> registered = beheer.post(
                "/api/beheer/kiosks",
                "{\"naam\": \"De Kroon\", \"wijk\": \"" + DemoContent.WIJK_DIEZERPOORT
                        + "\", \"openingstijden\": {\"woensdag\": [\"13:00-17:00\"]}}");
        assertEquals(201, registered.statusCode(), registered.body());

        JsonNode kiosk = beheer.get("/api/beheer/kiosks").path("kiosks").get(0);
        assertEquals(
                "13:00-17:00",
                kiosk.get("openingstijden").get("woensdag").get(0).asText());
    }

    private HttpResponse<String> put(String kioskId, String body) throws Exception {
        return new Beheer(centrale.url(), centrale.data()).zetOpeningstijden(kioskId, body);
    }

    private static JsonNode content(TestKiosk kiosk) throws Exception {
        HttpResponse<String> content = kiosk.content();
        assertEquals(200, content.statusCode(), content.body());
        return JSON.readTree(content.body());
    }
}
