package nl.buurtstem.opendata.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.hartslag.FleetOverview;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.staff.Kioskstand;
import nl.buurtstem.opendata.staff.Tijdveld;

/** The fleet as the staff home shows it: the dashboard's counts, and the kiosks that need someone first. */
final class KioskstandVoorThuis implements Supplier<Kioskstand> {

    /** Statuses that mean someone should look: a closed buurthuis or a revoked kiosk is as it should be. */
    private static final Set<KioskStatus> AANDACHT = Set.of(KioskStatus.OFFLINE, KioskStatus.LAAT, KioskStatus.NIEUW);

    private final FleetOverview vloot;
    private final Function<String, String> wijknaam;
    private final Clock clock;

    KioskstandVoorThuis(FleetOverview vloot, Function<String, String> wijknaam, Clock clock) {
        this.vloot = vloot;
        this.wijknaam = wijknaam;
        this.clock = clock;
    }

    @Override
    public Kioskstand get() {
        Map<KioskStatus, Integer> aantallen = new EnumMap<>(KioskStatus.class);
        List<Kioskstand.Aandacht> aandacht = new ArrayList<>();
        for (KioskOverzicht k : vloot.all()) {
            aantallen.merge(k.status(), 1, Integer::sum);
            if (AANDACHT.contains(k.status())) {
                aandacht.add(new Kioskstand.Aandacht(
                        k.kiosk().id(),
                        k.kiosk().naam(),
                        wijknaam.apply(k.kiosk().wijk()),
                        k.status().code(),
                        k.status().icoon(),
                        k.status().woorden(),
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
