package nl.buurtstem.opendata.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alert rules over the fleet every few seconds: opens an alert once when a rule begins to hold,
 * closes it with a recovery notice when it stops. Deliveries and their outcome go into the alert log.
 */
final class AlertMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);
    private final FleetOverview overview;
    private final HartslagStore hartslagen;
    private final AlertStore alerts;
    private final AlertRules rules;
    private final Gebeurtenissen gebeurtenissen;
    private final List<AlertNotifier> notifiers;
    private final FleetSettings settings;
    private final Clock clock;
    private final String dashboardUrl;
    private ScheduledExecutorService timer;
    private Instant lastPrune = Instant.EPOCH;

    AlertMonitor(FleetOverview overview, HartslagStore hartslagen, AlertStore alerts, AlertRules rules,
                 Gebeurtenissen gebeurtenissen, List<AlertNotifier> notifiers, FleetSettings settings, Clock clock,
                 String dashboardUrl) {
        this.overview = overview;
        this.hartslagen = hartslagen;
        this.alerts = alerts;
        this.rules = rules;
        this.gebeurtenissen = gebeurtenissen;
        this.notifiers = List.copyOf(notifiers);
        this.settings = settings;
        this.clock = clock;
        this.dashboardUrl = dashboardUrl;
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
            check();
        } catch (RuntimeException e) {
            log.error("fleet alert check failed; trying again next round", e);
        }
    }

    /** One round over the fleet. */
    void check() {
        Instant now = clock.instant();
        List<Alert> open = alerts.open();
        List<AlertMelding> outgoing = new ArrayList<>();
        for (KioskOverzicht k : overview.all()) {
            String id = k.kiosk().id();
            List<Hartslag> recent = hartslagen.history(id, now.minus(settings.heartbeatInterval().multipliedBy(6)));
            Map<AlertSoort, String> active = rules.active(k, recent, now);
            for (Alert alert : open.stream().filter(a -> a.kioskId().equals(id)).toList()) {
                boolean stillHolds = active.keySet().stream().anyMatch(s -> s.code().equals(alert.soort()));
                if (!stillHolds) {
                    Alert closed = alerts.close(alert, now);
                    gebeurtenissen.note(id, now, "Opgelost: " + alert.titel());
                    if (k.status() == KioskStatus.INGETROKKEN) {
                        alerts.noteDelivery(alert.id(), true, "geen: kiosk ingetrokken");
                    } else {
                        outgoing.add(new AlertMelding(closed, k.kiosk(), true, dashboardUrl + "#kiosk/" + id));
                    }
                }
            }
            active.forEach((soort, detail) -> {
                if (open.stream().noneMatch(a -> a.kioskId().equals(id) && a.soort().equals(soort.code()))) {
                    Alert opened = alerts.open(id, soort, detail, now);
                    gebeurtenissen.note(id, now, "Alarm: " + soort.titel() + " (" + detail + ")");
                    outgoing.add(new AlertMelding(opened, k.kiosk(), false, dashboardUrl + "#kiosk/" + id));
                }
            });
        }
        outgoing.forEach(this::deliver);
        if (lastPrune.plus(java.time.Duration.ofHours(1)).isBefore(now)) {
            hartslagen.prune(now);
            lastPrune = now;
        }
    }

    private void deliver(AlertMelding melding) {
        List<String> outcomes = new ArrayList<>();
        for (AlertNotifier notifier : notifiers) {
            try {
                outcomes.add(notifier.send(melding));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("delivering alert {} failed: {}", melding.alert().id(), e.getMessage());
                outcomes.add("failed: " + e.getMessage());
            }
        }
        alerts.noteDelivery(melding.alert().id(), melding.herstel(),
                outcomes.isEmpty() ? "none configured (only on the dashboard)" : String.join("; ", outcomes));
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
