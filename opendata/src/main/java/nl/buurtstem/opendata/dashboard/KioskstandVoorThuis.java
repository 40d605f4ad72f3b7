package nl.buurtstem.opendata.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.alarm.Alarm;
import nl.buurtstem.opendata.hartslag.FleetOverview;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.staff.Kioskstand;
import nl.buurtstem.opendata.staff.Tijdveld;

/** The fleet as the staff home shows it: the dashboard's counts, and the kiosks that need someone first, with why. */
final class KioskstandVoorThuis implements Supplier<Kioskstand> {

    /** Statuses that mean someone should look: a closed buurthuis or a revoked kiosk is as it should be. */
    private static final Set<KioskStatus> AANDACHT = Set.of(KioskStatus.OFFLINE, KioskStatus.LAAT, KioskStatus.NIEUW);

    private final FleetOverview vloot;
    private final Supplier<List<Alarm>> openAlarmen;
    private final Function<String, String> wijknaam;
    private final Clock clock;

    KioskstandVoorThuis(
            FleetOverview vloot, Supplier<List<Alarm>> openAlarmen, Function<String, String> wijknaam, Clock clock) {
        this.vloot = vloot;
        this.openAlarmen = openAlarmen;
        this.wijknaam = wijknaam;
        this.clock = clock;
    }

    @Override
    public Kioskstand get() {
        Map<String, List<Alarm>> alarmen = openAlarmen.get().stream().collect(Collectors.groupingBy(Alarm::kioskId));
        Map<Stand, Integer> aantallen = new TreeMap<>();
        List<Kioskstand.Aandacht> aandacht = new ArrayList<>();
        for (KioskOverzicht k : vloot.all()) {
            List<Alarm> eigen = alarmen.getOrDefault(k.kiosk().id(), List.of());
            Stand stand = Stand.van(k.status(), eigen);
            aantallen.merge(stand, 1, Integer::sum);
            if (stand.letOp() || AANDACHT.contains(k.status())) {
                String woorden = stand.letOp()
                        ? stand.woorden() + ": "
                                + eigen.stream().map(Alarm::titel).collect(Collectors.joining("; "))
                        : stand.woorden();
                aandacht.add(new Kioskstand.Aandacht(
                        k.kiosk().id(),
                        k.kiosk().naam(),
                        wijknaam.apply(k.kiosk().wijk()),
                        stand.code(),
                        stand.icoon(),
                        woorden,
                        gezien(k.laatstGezien())));
            }
        }
        List<Kioskstand.Telling> tellingen = new ArrayList<>();
        aantallen.forEach((s, n) -> tellingen.add(new Kioskstand.Telling(s.code(), s.icoon(), s.woorden(), n)));
        return new Kioskstand(tellingen, aandacht);
    }

    private String gezien(Instant laatst) {
        if (laatst == null) {
            return "nooit";
        }
        Duration geleden = Duration.between(laatst, clock.instant());
        if (geleden.toMinutes() < 60) {
            return Math.max(1, geleden.toMinutes()) + " min geleden";
        }
        if (geleden.toHours() < 24) {
            return geleden.toHours() + " uur geleden";
        }
        return Tijdveld.leesbaar(laatst);
    }
}
