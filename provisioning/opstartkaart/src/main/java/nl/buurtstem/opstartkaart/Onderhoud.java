package nl.buurtstem.opstartkaart;

import java.time.LocalTime;
import java.util.List;

/** When the card's kiosk restarts and looks for updates: only while the buurthuis is closed, so nobody loses a half-given answer. */
final class Onderhoud {

    /** Preferred moments for the nightly restart, most preferred first. */
    private static final List<LocalTime> NACHT = List.of(
            LocalTime.of(3, 30),
            LocalTime.of(4, 30),
            LocalTime.of(2, 30),
            LocalTime.of(5, 30),
            LocalTime.of(1, 30),
            LocalTime.of(0, 30),
            LocalTime.of(6, 30),
            LocalTime.of(23, 30),
            LocalTime.of(22, 30),
            LocalTime.of(7, 30),
            LocalTime.of(21, 30));

    private Onderhoud() {}

    static LocalTime nightlyRestart(Openingstijden open) {
        return NACHT.stream()
                .filter(open::dichtOpElkeDag)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "opening hours: the buurthuis is never closed at night, so the kiosk has no time to restart"));
    }

    static LocalTime updateCheck(Openingstijden open) {
        LocalTime restart = nightlyRestart(open);
        LocalTime before = restart.minusHours(1);
        return open.dichtOpElkeDag(before) ? before : restart.plusMinutes(30);
    }
}
