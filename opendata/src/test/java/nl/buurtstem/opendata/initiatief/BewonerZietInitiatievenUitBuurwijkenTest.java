package nl.buurtstem.opendata.initiatief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo has initiatives in Diezerpoort and Aa-landen, none in Binnenstad. A Binnenstad kiosk shows those of the
 * other Zwolle wijken, each marked with the wijk it is from; the Diezerpoort kiosk shows only its own, unmarked.
 */
class BewonerZietInitiatievenUitBuurwijkenTest {

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_wijk_without_initiatives_gets_examples_from_its_neighbours_marked_as_such() throws Exception {
        JsonNode binnenstad = initiatieven(TestKiosk.enroll(centrale.node(), "WK019310"));
        Set<String> wijken = new HashSet<>();
        for (JsonNode i : binnenstad) {
            assertEquals(i.path("wijk").asText(), i.path("uitWijk").path("code").asText(), i.toString());
            wijken.add(i.path("uitWijk").path("naam").asText());
        }
        assertEquals(Set.of("Diezerpoort", "Aa-landen"), wijken, binnenstad.toString());

        JsonNode diezerpoort = initiatieven(TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT));
        assertTrue(diezerpoort.size() > 0);
        for (JsonNode i : diezerpoort) {
            assertEquals(DemoContent.WIJK_DIEZERPOORT, i.path("wijk").asText());
            assertFalse(i.has("uitWijk"), "its own initiatives are not marked: " + i);
        }
    }

    @Test
    void neighbours_are_the_wijken_of_the_same_gemeente() {
        assertEquals("0193", KioskInitiatieven.gemeente("WK019310"));
        assertEquals(null, KioskInitiatieven.gemeente("buurt-7"));
    }

    private static JsonNode initiatieven(TestKiosk kiosk) throws Exception {
        HttpResponse<String> r = kiosk.content();
        assertEquals(200, r.statusCode(), r.body());
        return Beheer.JSON.readTree(r.body()).path("initiatieven");
    }
}
