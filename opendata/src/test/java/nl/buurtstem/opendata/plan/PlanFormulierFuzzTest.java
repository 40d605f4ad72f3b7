package nl.buurtstem.opendata.plan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import nl.buurtstem.opendata.fuzz.FuzzBudget;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;

/**
 * Coverage-guided (Jazzer): a plan as staff save it (the content form's body), read and checked as the staff room
 * does, is accepted or refused with a message for staff (IllegalArgumentException, or a missing field), never another
 * exception.
 */
class PlanFormulierFuzzTest {

    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @FuzzTest(maxDuration = FuzzBudget.MAX)
    void a_plan_is_accepted_or_refused_with_a_message(byte[] body) {
        Plan plan;
        try {
            plan = JsonBody.read(JSON, body, Plan.class);
        } catch (IOException | Problem refused) {
            return;
        }
        try {
            PlanBeheer.check(plan);
        } catch (IllegalArgumentException | NullPointerException refused) {
            // Both become a 400 with a message next to the form (ContentAdmin.check).
        }
    }
}
