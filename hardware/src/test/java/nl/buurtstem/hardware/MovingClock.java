package nl.buurtstem.hardware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so debounce and repeat intervals are judged without waiting. */
final class MovingClock extends Clock {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");

    void advance(Duration step) {
        now = now.plus(step);
    }

    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
