package nl.buurtstem.opendata.hartslag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtstem.opendata.actie.Acties;
import nl.buurtstem.opendata.actie.KioskActie;
import nl.buurtstem.opendata.kiosk.Gebeurtenissen;
import nl.buurtstem.opendata.kiosk.Kiosk;

/**
 * Takes in a kiosk's heartbeat: keeps it, notes what changed in the kiosk's log, and hands out the actions it has not
 * reported on yet.
 */
public final class HartslagOntvangst {

    private final HartslagStore hartslagen;
    private final Acties acties;
    private final Gebeurtenissen log;
    private final FleetSettings settings;
    private final Clock clock;
    private final AtomicLong received = new AtomicLong();

    HartslagOntvangst(
            HartslagStore hartslagen, Acties acties, Gebeurtenissen log, FleetSettings settings, Clock clock) {
        this.hartslagen = hartslagen;
        this.acties = acties;
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    List<KioskActie> receive(Kiosk kiosk, Hartslag sent) {
        Instant now = clock.instant();
        Hartslag hartslag = sent.receivedAt(now);
        Hartslag previous = hartslagen.latest(kiosk.id()).orElse(null);
        hartslagen.save(kiosk.id(), hartslag);
        received.incrementAndGet();
        noteChanges(kiosk.id(), previous, hartslag, now);
        for (Hartslag.Result result : hartslag.results()) {
            if (!acties.done(kiosk.id(), result, now)) {
                continue;
            }
            acties.find(result.action())
                    .ifPresent(a -> log.note(
                            kiosk.id(),
                            now,
                            a.soort().woorden()
                                    + (result.ok() ? ": gedaan" : ": mislukt")
                                    + (result.message() == null ? "" : " (" + result.message() + ")")));
        }
        return acties.handOut(kiosk.id(), now);
    }

    public long receivedSinceStart() {
        return received.get();
    }

    private void noteChanges(String kioskId, Hartslag previous, Hartslag now, Instant at) {
        if (previous == null) {
            log.note(kioskId, at, "Eerste hartslag ontvangen (versie " + now.software() + ")");
            return;
        }
        if (previous.receivedAt().plus(settings.offlineAfter()).isBefore(at)) {
            log.note(kioskId, at, "Weer bereikbaar na stilte sinds " + previous.receivedAt());
        }
        if (now.uptimeSeconds() != null
                && previous.uptimeSeconds() != null
                && now.uptimeSeconds() < previous.uptimeSeconds()) {
            log.note(kioskId, at, "Kiosk is opnieuw gestart");
        }
        long restarts = now.watchdogRestarts() == null ? 0 : now.watchdogRestarts();
        long before = previous.watchdogRestarts() == null ? 0 : previous.watchdogRestarts();
        if (restarts > before) {
            log.note(kioskId, at, "Waakhond herstartte de browser (pagina meldde zich niet meer)");
        }
        if (now.lastError() != null && !now.lastError().equals(previous.lastError())) {
            log.note(kioskId, at, "Fout gemeld: " + now.lastError());
        }
        if (now.software() != null && !now.software().equals(previous.software())) {
            log.note(kioskId, at, "Nieuwe softwareversie " + now.software());
        }
    }
}
