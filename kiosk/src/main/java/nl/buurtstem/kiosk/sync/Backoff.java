package nl.buurtstem.kiosk.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait after failed syncs: doubling per failure up to 60 intervals (at most 5 minutes), a random
 * time in the upper half of that, so twenty kiosks coming back after a power cut do not all knock at once.
 */
final class Backoff {

    private static final Duration MAX = Duration.ofMinutes(5);
    private final Duration interval;
    private int failures;

    Backoff(Duration interval) {
        this.interval = interval;
    }

    void succeeded() {
        failures = 0;
    }

    Duration failed() {
        failures++;
        long base = interval.toMillis() * (1L << Math.min(failures, 10));
        long capped = Math.min(base, Math.min(MAX.toMillis(), interval.toMillis() * 60));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
