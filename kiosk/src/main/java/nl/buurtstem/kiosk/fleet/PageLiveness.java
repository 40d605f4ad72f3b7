package nl.buurtstem.kiosk.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the kiosk page in the browser last said ("I am alive"), and what it should do at its next ping:
 * reload itself, or show a message from staff for a while.
 */
final class PageLiveness {

    /** A message from staff on the kiosk screen until {@code until}. */
    record Message(String text, Instant until) {}

    private final Clock clock;
    private Instant lastAlive;
    private boolean reloadAsked;
    private Message message;

    PageLiveness(Clock clock) {
        this.clock = clock;
    }

    /** The page pinged; returns whether it must reload now (asked once, then forgotten). */
    synchronized boolean alive() {
        lastAlive = clock.instant();
        boolean reload = reloadAsked;
        reloadAsked = false;
        return reload;
    }

    synchronized Optional<Instant> lastAlive() {
        return Optional.ofNullable(lastAlive);
    }

    synchronized void askReload() {
        reloadAsked = true;
    }

    synchronized void show(String text, Instant until) {
        message = new Message(text, until);
    }

    synchronized Optional<Message> message() {
        if (message != null && message.until().isBefore(clock.instant())) {
            message = null;
        }
        return Optional.ofNullable(message);
    }
}
