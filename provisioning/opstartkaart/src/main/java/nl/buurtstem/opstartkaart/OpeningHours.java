package nl.buurtstem.opstartkaart;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the buurthuis is open, e.g. {@code ma-vr 09:00-17:00, za 10:00-13:00}. The kiosk restarts and updates
 * only while it is closed, so nobody loses a half-given answer to a restart.
 */
public record OpeningHours(String text, List<Slot> slots) {

    private static final List<String> DAGEN = List.of("ma", "di", "wo", "do", "vr", "za", "zo");
    private static final List<String> WEEKDAGEN =
            List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
    private static final Pattern PART =
            Pattern.compile("(ma|di|wo|do|vr|za|zo)(?:-(ma|di|wo|do|vr|za|zo))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    /** Preferred moments for the nightly restart, most preferred first. */
    private static final List<LocalTime> NIGHT = List.of(
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

    /** Open on one day of the week (0 = maandag) from {@code from} until {@code until}. */
    public record Slot(int dag, LocalTime from, LocalTime until, String text) {
        boolean covers(LocalTime time) {
            return !time.isBefore(from) && time.isBefore(until);
        }
    }

    public OpeningHours {
        slots = List.copyOf(slots);
    }

    /** No hours given: the usual buurthuis day, closed at night. */
    public static OpeningHours unknown() {
        return new OpeningHours("", List.of());
    }

    public static OpeningHours parse(String text) {
        List<Slot> slots = new ArrayList<>();
        for (String part : text.toLowerCase(Locale.ROOT).split("[,;]")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("opening hours: cannot read '" + part.strip()
                        + "'; write them like 'ma-vr 09:00-17:00, za 10:00-13:00'");
            }
            int first = DAGEN.indexOf(m.group(1));
            int last = m.group(2) == null ? first : DAGEN.indexOf(m.group(2));
            LocalTime from = time(m.group(3));
            LocalTime until = time(m.group(4));
            if (last < first || !until.isAfter(from)) {
                throw new IllegalArgumentException("opening hours: '" + part.strip()
                        + "' must run forward within one day (use two parts for a night opening)");
            }
            for (int dag = first; dag <= last; dag++) {
                slots.add(new Slot(dag, from, until, m.group(3) + "-" + m.group(4)));
            }
        }
        return new OpeningHours(text.strip(), slots);
    }

    /** As the central node keeps them per kiosk: {@code {"maandag": ["09:00-17:00"], ...}}; a day left out is closed. */
    public Map<String, List<String>> perDag() {
        Map<String, List<String>> perDag = new LinkedHashMap<>();
        for (Slot slot : slots) {
            perDag.computeIfAbsent(WEEKDAGEN.get(slot.dag()), d -> new ArrayList<>())
                    .add(slot.text());
        }
        return perDag;
    }

    /** The nightly restart: a moment when the buurthuis is closed on every day of the week. */
    public LocalTime nightlyRestart() {
        return NIGHT.stream()
                .filter(this::closedEveryDay)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "opening hours: the buurthuis is never closed at night, so the kiosk has no time to restart"));
    }

    /** The update check: an hour before the restart if closed then, else half an hour after it. */
    public LocalTime updateCheck() {
        LocalTime restart = nightlyRestart();
        LocalTime before = restart.minusHours(1);
        return closedEveryDay(before) ? before : restart.plusMinutes(30);
    }

    private boolean closedEveryDay(LocalTime time) {
        return slots.stream().noneMatch(slot -> slot.covers(time));
    }

    private static LocalTime time(String text) {
        try {
            return text.equals("24:00") ? LocalTime.MAX : LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("opening hours: " + text + " is not a time like 09:30");
        }
    }
}
