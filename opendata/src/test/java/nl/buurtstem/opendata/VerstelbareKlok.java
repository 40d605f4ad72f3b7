package nl.buurtstem.opendata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so a day can pass without waiting for it. */
public final class VerstelbareKlok extends Clock {

    private volatile Instant nu;

    public VerstelbareKlok(Instant start) {
        this.nu = start;
    }

    public void verzet(Duration hoeveel) {
        nu = nu.plus(hoeveel);
    }

    @Override
    public Instant instant() {
        return nu;
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
