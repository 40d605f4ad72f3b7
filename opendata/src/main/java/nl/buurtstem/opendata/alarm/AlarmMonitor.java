package nl.buurtstem.opendata.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.opendata.hartslag.FleetOverview;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.hartslag.Hartslag;
import nl.buurtstem.opendata.hartslag.HartslagStore;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.kiosk.Gebeurtenissen;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alert rules over the fleet every few seconds: opens an alert once when a rule begins to hold,
 * closes it with a recovery notice when it stops. Deliveries and their outcome go into the alert log; a channel
 * that fails (mail server down, webhook answering 503) gets the message again later, in order, until it is delivered
 * or {@link AlarmBezorgingen#MAX_POGINGEN} tries were made.
 */
final class AlarmMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlarmMonitor.class);
    private final FleetOverview overview;
    private final HartslagStore hartslagen;
    private final AlarmStore alerts;
    private final AlarmBezorgingen bezorgingen;
    private final AlarmRegels rules;
    private final Gebeurtenissen gebeurtenissen;
    private final List<AlarmNotifier> notifiers;
    private final FleetSettings settings;
    private final Clock clock;
    private final String dashboardUrl;
    private final Cluster cluster;
    private final Database db;
    private ScheduledExecutorService timer;
    private Instant lastPrune = Instant.EPOCH;

    AlarmMonitor(
            FleetOverview overview,
            HartslagStore hartslagen,
            AlarmStore alerts,
            AlarmBezorgingen bezorgingen,
            AlarmRegels rules,
            Gebeurtenissen gebeurtenissen,
            List<AlarmNotifier> notifiers,
            FleetSettings settings,
            Clock clock,
            String dashboardUrl,
            Cluster cluster,
            Database db) {
        this.overview = overview;
        this.hartslagen = hartslagen;
        this.alerts = alerts;
        this.bezorgingen = bezorgingen;
        this.rules = rules;
        this.gebeurtenissen = gebeurtenissen;
        this.notifiers = List.copyOf(notifiers);
        this.settings = settings;
        this.clock = clock;
        this.dashboardUrl = dashboardUrl;
        this.cluster = cluster;
        this.db = db;
    }

    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-alerts");
            t.setDaemon(true);
            return t;
        });
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::checkSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            // Several central nodes on one database: one watches the fleet, or every alert would go out twice.
            if (cluster.leads("alarmen")) {
                check();
            }
        } catch (RuntimeException e) {
            log.error("fleet alert check failed; trying again next round", e);
        }
    }

    /** One round over the fleet. */
    void check() {
        Instant now = clock.instant();
        List<Alarm> open = alerts.open();
        List<AlarmMelding> outgoing = new ArrayList<>();
        for (KioskOverzicht k : overview.all()) {
            String id = k.kiosk().id();
            List<Hartslag> recent = hartslagen.history(
                    id, now.minus(settings.heartbeatInterval().multipliedBy(6)));
            Map<AlarmSoort, String> active = rules.active(k, recent, now);
            for (Alarm alert : open.stream().filter(a -> a.kioskId().equals(id)).toList()) {
                boolean stillHolds =
                        active.keySet().stream().anyMatch(s -> s.code().equals(alert.soort()));
                if (!stillHolds) {
                    boolean tell = k.status() != KioskStatus.INGETROKKEN;
                    Alarm closed = db.transaction(c -> awaitingDelivery(alerts.close(alert, now), true, tell, now));
                    gebeurtenissen.note(id, now, "Opgelost: " + alert.titel());
                    if (!tell) {
                        alerts.noteDelivery(alert.id(), true, "geen: kiosk ingetrokken");
                    } else {
                        outgoing.add(new AlarmMelding(closed, k.kiosk(), true, link(id)));
                    }
                }
            }
            active.forEach((soort, detail) -> {
                if (open.stream()
                        .noneMatch(a -> a.kioskId().equals(id) && a.soort().equals(soort.code()))) {
                    Alarm opened = db.transaction(
                            c -> awaitingDelivery(alerts.open(id, soort, detail, now), false, true, now));
                    gebeurtenissen.note(id, now, "Alarm: " + soort.titel() + " (" + detail + ")");
                    outgoing.add(new AlarmMelding(opened, k.kiosk(), false, link(id)));
                }
            });
        }
        retryDue(now);
        outgoing.forEach(melding -> deliver(melding, now));
        if (lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
            hartslagen.prune(now);
            lastPrune = now;
        }
    }

    /**
     * Notes, in the transaction that opens or closes the alert, that each channel still has to get its message: should
     * this node stop before sending (power cut, kill), the node that takes over the fleet sends it at its next round.
     */
    private Alarm awaitingDelivery(Alarm alert, boolean herstel, boolean tell, Instant now) {
        if (tell) {
            for (AlarmNotifier notifier : notifiers) {
                bezorgingen.mislukt(alert.id(), herstel, notifier.kanaal(), 0, "not sent yet", now);
            }
        }
        return alert;
    }

    private String link(String kioskId) {
        return dashboardUrl + "#kiosk/" + kioskId;
    }

    private void deliver(AlarmMelding melding, Instant now) {
        long id = melding.alert().id();
        List<String> outcomes = new ArrayList<>();
        for (AlarmNotifier notifier : notifiers) {
            if (melding.herstel() && bezorgingen.alarmWacht(id, notifier.kanaal())) {
                bezorgingen.mislukt(id, true, notifier.kanaal(), 0, "waits for the alert message", now);
                outcomes.add(notifier.kanaal() + " waits for the alert message");
                continue;
            }
            try {
                outcomes.add(notifier.send(melding));
                bezorgingen.klaar(new AlarmBezorgingen.Uitgesteld(id, melding.herstel(), notifier.kanaal(), 0, null));
            } catch (Exception e) {
                String fout = failure(e);
                log.warn("delivering alert {} by {} failed, trying again later: {}", id, notifier.kanaal(), fout);
                bezorgingen.mislukt(id, melding.herstel(), notifier.kanaal(), 1, fout, now);
                outcomes.add(notifier.kanaal() + " failed: " + fout + "; trying again");
            }
        }
        alerts.noteDelivery(
                id,
                melding.herstel(),
                outcomes.isEmpty() ? "none configured (only on the dashboard)" : String.join("; ", outcomes));
    }

    /** Tries again what a channel failed to deliver earlier; each outcome is added to the alert log. */
    private void retryDue(Instant now) {
        for (AlarmBezorgingen.Uitgesteld b : bezorgingen.aanDeBeurt(now)) {
            Optional<AlarmNotifier> notifier = notifiers.stream()
                    .filter(n -> n.kanaal().equals(b.kanaal()))
                    .findFirst();
            Optional<AlarmMelding> melding = alerts.find(b.alertId())
                    .flatMap(a -> overview.one(a.kioskId())
                            .map(k -> new AlarmMelding(a, k.kiosk(), b.herstel(), link(a.kioskId()))));
            if (notifier.isEmpty() || melding.isEmpty()) {
                bezorgingen.klaar(b); // the channel was configured away, or the kiosk is gone
                continue;
            }
            if (b.herstel() && bezorgingen.alarmWacht(b.alertId(), b.kanaal())) {
                bezorgingen.mislukt(b.alertId(), true, b.kanaal(), b.pogingen(), b.fout(), now);
                continue;
            }
            int poging = b.pogingen() + 1;
            try {
                String outcome = notifier.get().send(melding.get());
                bezorgingen.klaar(b);
                alerts.appendDelivery(b.alertId(), b.herstel(), outcome + " at try " + poging);
            } catch (Exception e) {
                String fout = failure(e);
                if (poging >= AlarmBezorgingen.MAX_POGINGEN) {
                    bezorgingen.klaar(b);
                    log.error(
                            "gave up delivering alert {} by {} after {} tries: {}",
                            b.alertId(),
                            b.kanaal(),
                            poging,
                            fout);
                    alerts.appendDelivery(
                            b.alertId(), b.herstel(), b.kanaal() + " gave up after " + poging + " tries: " + fout);
                } else {
                    bezorgingen.mislukt(b.alertId(), b.herstel(), b.kanaal(), poging, fout, now);
                }
            }
        }
    }

    private static String failure(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                // The database closes after this: a round in progress must end first.
                timer.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
