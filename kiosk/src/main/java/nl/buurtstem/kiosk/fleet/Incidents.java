package nl.buurtstem.kiosk.fleet;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** What went wrong lately on this kiosk, for the next heartbeat: the last error and the watchdog's restarts. */
final class Incidents {

    private final Clock clock;
    private final AtomicLong watchdogRestarts = new AtomicLong();
    private volatile String lastError;

    Incidents(Clock clock) {
        this.clock = clock;
    }

    void error(String what) {
        lastError = clock.instant() + " " + what;
    }

    String lastError() {
        return lastError;
    }

    void watchdogRestarted() {
        watchdogRestarts.incrementAndGet();
    }

    long watchdogRestarts() {
        return watchdogRestarts.get();
    }
}
