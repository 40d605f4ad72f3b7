package nl.buurtstem.kiosk.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the browser session when the kiosk page stops reporting (a black screen, a crashed tab, a browser
 * that never came up), then gives it time to come back before judging again. Each restart is reported in
 * the next heartbeat.
 */
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private final PageLiveness page;
    private final FleetSettings settings;
    private final CommandRunner commands;
    private final Incidents incidents;
    private final Clock clock;
    private Instant lastStart;

    Watchdog(PageLiveness page, FleetSettings settings, CommandRunner commands, Incidents incidents, Clock clock) {
        this.page = page;
        this.settings = settings;
        this.commands = commands;
        this.incidents = incidents;
        this.clock = clock;
        this.lastStart = clock.instant();
    }

    /** Whether the kiosk page is alive: null while unknown (grace time, or no browser managed here). */
    synchronized Boolean pageAlive() {
        Instant now = clock.instant();
        Optional<Instant> alive = page.lastAlive();
        if (alive.isPresent() && !alive.get().plus(settings.watchdogAfter()).isBefore(now)) {
            return true;
        }
        if (alive.isEmpty() && (settings.browserRestartCommand().isEmpty() || inGrace(now))) {
            return null;
        }
        return false;
    }

    /** One look at the page; restarts the browser when it is overdue, and says whether it did. */
    synchronized boolean check() {
        Instant now = clock.instant();
        if (settings.browserRestartCommand().isEmpty() || inGrace(now)) {
            return false;
        }
        Optional<Instant> alive = page.lastAlive().filter(a -> a.isAfter(lastStart));
        if (alive.isPresent() && !alive.get().plus(settings.watchdogAfter()).isBefore(now)) {
            return false;
        }
        String why = alive.map(a -> "kiosk page silent since " + a)
                .orElse("kiosk page did not report after the browser started");
        log.warn("{}: restarting the browser session", why);
        CommandRunner.Outcome outcome = commands.run(settings.browserRestartCommand(), Duration.ofSeconds(30));
        lastStart = now;
        incidents.watchdogRestarted();
        incidents.error("watchdog: " + why + "; browser restarted" + (outcome.ok() ? "" : " but " + outcome.output()));
        return true;
    }

    private boolean inGrace(Instant now) {
        return now.isBefore(lastStart.plus(settings.watchdogGrace()));
    }
}
