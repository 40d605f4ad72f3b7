package nl.buurtstem.opendata.hartslag;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.kiosk.KioskRegistry;

/** Every registered kiosk with its latest heartbeat and its status now. */
public final class FleetOverview {

    private final KioskRegistry registry;
    private final HartslagStore hartslagen;
    private final StatusRules rules;
    private final Clock clock;

    FleetOverview(KioskRegistry registry, HartslagStore hartslagen, StatusRules rules, Clock clock) {
        this.registry = registry;
        this.hartslagen = hartslagen;
        this.rules = rules;
        this.clock = clock;
    }

    public List<KioskOverzicht> all() {
        Map<String, Hartslag> latest = hartslagen.latest();
        var now = clock.instant();
        return registry.all().stream()
                .map(kiosk -> {
                    Hartslag h = latest.get(kiosk.id());
                    var heard = h == null ? null : h.receivedAt();
                    return new KioskOverzicht(
                            kiosk, h, rules.status(kiosk, heard, now), StatusRules.latest(heard, kiosk.lastSeen()));
                })
                .toList();
    }

    public Optional<KioskOverzicht> one(String kioskId) {
        return all().stream().filter(o -> o.kiosk().id().equals(kioskId)).findFirst();
    }
}
