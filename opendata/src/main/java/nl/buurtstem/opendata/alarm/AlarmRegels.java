package nl.buurtstem.opendata.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.hartslag.Hartslag;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;

/** Which alerts hold for a kiosk now, each with a detail line for staff. */
final class AlarmRegels {

    private final FleetSettings settings;

    AlarmRegels(FleetSettings settings) {
        this.settings = settings;
    }

    /**
     * @param recent the kiosk's heartbeats over the last few intervals, oldest first, to see a trend
     */
    Map<AlarmSoort, String> active(KioskOverzicht k, List<Hartslag> recent, Instant now) {
        Map<AlarmSoort, String> active = new EnumMap<>(AlarmSoort.class);
        if (k.status() == KioskStatus.INGETROKKEN || k.status() == KioskStatus.NIEUW) {
            return active;
        }
        if (k.status() == KioskStatus.OFFLINE
                && Duration.between(k.laatstGezien(), now).compareTo(settings.alertOfflineAfter()) >= 0) {
            active.put(AlarmSoort.OFFLINE, "Geen contact sinds " + k.laatstGezien());
        }
        Hartslag h = k.hartslag();
        // Health values of a kiosk that is not talking are stale: only the offline alert speaks for it then.
        if (h == null || k.status() != KioskStatus.ONLINE) {
            return active;
        }
        if (h.outbox() != null && h.outbox() >= settings.outboxAlertAt() && growing(recent)) {
            active.put(AlarmSoort.OUTBOX_GROEIT, h.outbox() + " gebeurtenissen wachten op verzending");
        }
        if (h.cpuTemperature() != null && h.cpuTemperature() >= settings.hotCelsius()) {
            active.put(AlarmSoort.OVERVERHIT, "CPU " + h.cpuTemperature() + " °C");
        }
        if (Boolean.TRUE.equals(h.underVoltage()) || Boolean.TRUE.equals(h.throttled())) {
            active.put(
                    AlarmSoort.ONDERSPANNING,
                    Boolean.TRUE.equals(h.underVoltage())
                            ? "Onderspanning gemeten: voeding of kabel vervangen"
                            : "De processor wordt afgeremd");
        }
        Double free = h.diskFreePercent();
        if (free != null && free < settings.diskFreeMinPercent()) {
            active.put(AlarmSoort.SCHIJF_VOL, String.format(Locale.ROOT, "%.1f%% vrij", free));
        }
        if (Boolean.FALSE.equals(h.pageAlive())) {
            active.put(
                    AlarmSoort.BROWSER_DOOD,
                    "Laatste teken van de pagina: "
                            + (h.pageLastSeen() == null
                                    ? "nooit"
                                    : h.pageLastSeen().toString()));
        }
        return active;
    }

    /** Growing: never shrank over the recent heartbeats, and ends higher than it began. */
    private static boolean growing(List<Hartslag> recent) {
        List<Long> depths =
                recent.stream().map(Hartslag::outbox).filter(Objects::nonNull).toList();
        if (depths.size() < 3) {
            return false;
        }
        for (int i = 1; i < depths.size(); i++) {
            if (depths.get(i) < depths.get(i - 1)) {
                return false;
            }
        }
        return depths.getLast() > depths.getFirst();
    }
}
