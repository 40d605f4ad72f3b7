package nl.buurtstem.opendata.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.fuzz.FuzzBudget;
import nl.buurtstem.opendata.idee.IdeeHandler;
import nl.buurtstem.opendata.peiling.AntwoordHandler;
import nl.buurtstem.opendata.peiling.OnderdruktHandler;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijkbudget.StembiljetHandler;

/**
 * Coverage-guided (Jazzer): whatever bytes a kiosk's batch holds, reading and checking it (as the sync route does,
 * before anything is stored) ends in an accepted batch or a 4xx problem, never another exception.
 */
class KioskBatchFuzzTest {

    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();
    // The handlers' checks look at the event's data only; what they are given to store events with is not used here.
    private static final BatchRules RULES = new BatchRules(List.of(
                    new AntwoordHandler(null, null),
                    new OnderdruktHandler(null, null),
                    new IdeeHandler(),
                    new StembiljetHandler(null))
            .stream()
            .collect(Collectors.toMap(EventHandler::type, Function.identity())));

    @FuzzTest(maxDuration = FuzzBudget.MAX)
    void a_batch_is_accepted_or_refused_with_a_4xx(byte[] body) {
        try {
            RULES.check(JsonBody.read(JSON, body, Batch.class));
        } catch (IOException malformed) {
            // 400 malformed-json
        } catch (Problem refused) {
            assertTrue(
                    refused.status() >= 400 && refused.status() < 500, refused.status() + " " + refused.getMessage());
        }
    }
}
