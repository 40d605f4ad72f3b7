package nl.buurtstem.hardware;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.context.Context;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On a Raspberry Pi the kiosk drives real lines: Pi4J's mock, though on the classpath, is never part of that path. */
class PiPadTest {

    @Test
    void the_pi_context_has_gpiod_lines_and_no_mock_lines() {
        Context pi = GpioPlatform.piContext(null);
        try {
            Set<String> providers = pi.providers().all().keySet();

            assertTrue(providers.stream().anyMatch(id -> id.contains("gpiod")), providers.toString());
            assertFalse(providers.stream().anyMatch(id -> id.contains("mock")), providers.toString());
        } finally {
            pi.shutdown();
        }
    }
}
