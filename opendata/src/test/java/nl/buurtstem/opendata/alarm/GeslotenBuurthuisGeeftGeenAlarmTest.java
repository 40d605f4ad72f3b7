package nl.buurtstem.opendata.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.hartslag.KioskOverzicht;
import nl.buurtstem.opendata.hartslag.KioskStatus;
import nl.buurtstem.opendata.hartslag.StatusRules;
import nl.buurtstem.opendata.kiosk.Kiosk;
import org.junit.jupiter.api.Test;

/** A kiosk switched off when its buurthuis is closed is "buiten openingstijden", not offline, and wakes nobody. */
class GeslotenBuurthuisGeeftGeenAlarmTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final FleetSettings settings =
            FleetSettings.defaults().withOpeningstijden(LocalTime.of(8, 0), LocalTime.of(22, 0));
    private final StatusRules rules = new StatusRules(settings);

    private static Instant at(int day, int hour) {
        // 2026-11-23 is a Monday.
        return ZonedDateTime.of(2026, 11, 23 + day, hour, 0, 0, 0, AMSTERDAM).toInstant();
    }

    private static Kiosk kiosk(Map<String, List<String>> openingstijden) {
        return new Kiosk(
                "kiosk-1", "De Kroon", "Buurthuis De Kroon", "WK019311", true, null, null, 0, null, openingstijden);
    }

    @Test
    void silent_kiosk_at_night_is_outside_opening_hours_and_raises_no_alert() {
        Instant lastHeard = at(0, 21);
        Instant night = at(1, 3);
        KioskStatus status = rules.status(kiosk(null), lastHeard, night);
        assertEquals(KioskStatus.GESLOTEN, status);
        KioskOverzicht line = new KioskOverzicht(kiosk(null), null, status, lastHeard);
        assertTrue(new AlarmRegels(settings).active(line, List.of(), night).isEmpty());
    }

    @Test
    void silent_kiosk_during_opening_hours_is_offline_and_alerts_after_the_set_time() {
        Instant lastHeard = at(0, 10);
        Instant later = lastHeard.plus(settings.alertOfflineAfter()).plus(Duration.ofMinutes(1));
        KioskStatus status = rules.status(kiosk(null), lastHeard, later);
        assertEquals(KioskStatus.OFFLINE, status);
        KioskOverzicht line = new KioskOverzicht(kiosk(null), null, status, lastHeard);
        assertTrue(new AlarmRegels(settings).active(line, List.of(), later).containsKey(AlarmSoort.OFFLINE));
    }

    @Test
    void the_buurthuis_own_opening_hours_win_over_the_fleet_default() {
        Map<String, List<String>> alleenDinsdagmiddag = Map.of("dinsdag", List.of("13:00-17:00"));
        Instant mondayNoon = at(0, 12);
        Instant tuesdayAfternoon = at(1, 15);
        assertEquals(
                KioskStatus.GESLOTEN,
                rules.status(kiosk(alleenDinsdagmiddag), mondayNoon.minus(Duration.ofHours(1)), mondayNoon));
        assertEquals(
                KioskStatus.OFFLINE,
                rules.status(
                        kiosk(alleenDinsdagmiddag), tuesdayAfternoon.minus(Duration.ofHours(1)), tuesdayAfternoon));
    }
}
