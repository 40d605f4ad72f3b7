package nl.buurtstem.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock the kiosk's buttons and opening hours go by, moved by the test instead of waiting. */
final class PanelClock extends Clock {

    private volatile Instant now;

    PanelClock(String start) {
        this.now = Instant.parse(start);
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    void set(String instant) {
        now = Instant.parse(instant);
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
