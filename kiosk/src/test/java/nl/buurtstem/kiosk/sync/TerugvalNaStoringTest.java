package nl.buurtstem.kiosk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** After a power cut twenty kiosks come back at once; their retries spread out and never wait too long. */
class TerugvalNaStoringTest {

    @Test
    void retries_wait_longer_after_each_failure_up_to_a_cap_and_are_spread_at_random() {
        Duration interval = Duration.ofSeconds(5);
        Set<Long> tenthPauses = new HashSet<>();
        for (int kiosk = 0; kiosk < 20; kiosk++) {
            Backoff backoff = new Backoff(interval);
            Duration first = backoff.failed();
            assertTrue(
                    first.compareTo(interval) >= 0 && first.compareTo(interval.multipliedBy(2)) <= 0, first.toString());
            Duration last = first;
            for (int failure = 2; failure <= 10; failure++) {
                last = backoff.failed();
            }
            assertTrue(last.compareTo(Duration.ofMinutes(5)) <= 0, "never more than 5 minutes: " + last);
            assertTrue(
                    last.compareTo(Duration.ofMinutes(2).plusSeconds(30)) >= 0, "the upper half of the cap: " + last);
            tenthPauses.add(last.toMillis());
            backoff.succeeded();
            assertTrue(backoff.failed().compareTo(interval.multipliedBy(2)) <= 0, "a success starts over");
        }
        assertTrue(tenthPauses.size() > 15, "twenty kiosks do not all knock at the same moment: " + tenthPauses);
    }

    @Test
    void a_short_test_interval_caps_at_sixty_intervals() {
        Backoff backoff = new Backoff(Duration.ofMillis(100));
        Duration last = Duration.ZERO;
        for (int failure = 0; failure < 20; failure++) {
            last = backoff.failed();
        }
        assertTrue(last.compareTo(Duration.ofSeconds(6)) <= 0, last.toString());
        assertEquals(true, last.compareTo(Duration.ofSeconds(3)) >= 0, last.toString());
    }
}
