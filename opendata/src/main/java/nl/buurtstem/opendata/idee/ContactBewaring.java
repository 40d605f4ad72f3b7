package nl.buurtstem.opendata.idee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.opendata.store.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wipes the contact details residents left with an idea, a set time (90 days by default) after the idea was
 * answered, turned into something or closed: the promise the kiosk makes. One node of a cluster does it.
 */
final class ContactBewaring implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContactBewaring.class);

    private final IdeeStore store;
    private final Duration termijn;
    private final Duration elk;
    private final Cluster cluster;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "contact-bewaring");
        t.setDaemon(true);
        return t;
    });

    ContactBewaring(IdeeStore store, Duration termijn, Duration elk, Cluster cluster, Clock clock) {
        this.store = store;
        this.termijn = termijn;
        this.elk = elk;
        this.cluster = cluster;
        this.clock = clock;
    }

    /**
     * Looks at start and then every {@code elk} (ten seconds unless set; one indexed query): a stopped node catches up
     * at once. A term shorter than that (a demo) is looked at as often as the term, so the details go when it says.
     */
    void start() {
        long every = Math.max(100, Math.min(elk.toMillis(), termijn.toMillis()));
        timer.scheduleWithFixedDelay(this::safely, 0, every, TimeUnit.MILLISECONDS);
    }

    void wis() {
        if (!cluster.leads("contact-bewaring")) {
            return;
        }
        Instant nu = clock.instant();
        int gewist = store.wisContact(nu.minus(termijn), nu);
        if (gewist > 0) {
            // A count only: never whose, never what.
            log.info("wiped the contact details of {} ideas dealt with more than {} ago", gewist, termijn);
        }
    }

    private void safely() {
        try {
            wis();
        } catch (RuntimeException e) {
            log.error("wiping expired contact details failed; trying again", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
