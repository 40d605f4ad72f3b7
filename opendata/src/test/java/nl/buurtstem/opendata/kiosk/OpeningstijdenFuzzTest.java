package nl.buurtstem.opendata.kiosk;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import nl.buurtstem.opendata.fuzz.FuzzBudget;
import nl.buurtstem.opendata.web.Problem;

/**
 * Coverage-guided (Jazzer): opening hours as staff send them (the dashboard's form, the card form), read and checked
 * as the route does, are accepted or refused with a message for staff, never with another exception.
 */
class OpeningstijdenFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = FuzzBudget.MAX)
    void opening_hours_are_accepted_or_refused_with_a_message(byte[] body) {
        LinkedHashMap<String, List<String>> perDag;
        try {
            perDag = JSON.readValue(body, new TypeReference<>() {});
        } catch (IOException malformed) {
            return;
        }
        try {
            Aanmelding.checked(perDag);
        } catch (Problem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
        }
    }
}
