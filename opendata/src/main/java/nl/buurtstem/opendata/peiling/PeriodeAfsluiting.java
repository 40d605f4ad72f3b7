package nl.buurtstem.opendata.peiling;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.opendata.store.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes publication periods: once a period has ended, the answers received in it join it and the polls they belong
 * to are published. One node of a cluster does it; the others follow its publications.
 */
final class PeriodeAfsluiting implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodeAfsluiting.class);

    private final Publicatieperiode periode;
    private final Antwoorden antwoorden;
    private final PeilingPublication publication;
    private final Cluster cluster;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "peiling-perioden");
        t.setDaemon(true);
        return t;
    });

    PeriodeAfsluiting(
            Publicatieperiode periode,
            Antwoorden antwoorden,
            PeilingPublication publication,
            Cluster cluster,
            Clock clock) {
        this.periode = periode;
        this.antwoorden = antwoorden;
        this.publication = publication;
        this.cluster = cluster;
        this.clock = clock;
    }

    /** Looks every second whether a period has ended (cheap: one indexed query), whatever the period's length. */
    void start() {
        timer.scheduleWithFixedDelay(this::safely, 1, 1, TimeUnit.SECONDS);
    }

    /** Closes the period before the current one, if anything received in it is still waiting. */
    void sluitAf() {
        if (!cluster.leads("peiling-perioden")) {
            return;
        }
        Instant grens = periode.begin(clock.instant());
        Instant gesloten = periode.vorige(grens);
        Set<String> peilingen = antwoorden.sluit(gesloten, grens);
        if (!peilingen.isEmpty()) {
            publication.publiceer(peilingen, gesloten);
        }
    }

    private void safely() {
        try {
            sluitAf();
        } catch (RuntimeException e) {
            log.error("closing a publication period failed; trying again", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
