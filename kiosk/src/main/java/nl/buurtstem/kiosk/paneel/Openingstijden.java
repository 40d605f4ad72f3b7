package nl.buurtstem.kiosk.paneel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the buurthuis is open, per weekday, as staff set it for the kiosk on the central node:
 * {@code {"maandag": ["09:00-12:00", "13:00-21:30"], "zaterdag": ["10:00-14:00"]}}; a day left out is closed.
 * No opening hours at all means always open, so a kiosk never goes dark because nobody filled them in.
 */
public final class Openingstijden {

    static final Map<String, DayOfWeek> DAGEN = Map.of(
            "maandag",
            DayOfWeek.MONDAY,
            "dinsdag",
            DayOfWeek.TUESDAY,
            "woensdag",
            DayOfWeek.WEDNESDAY,
            "donderdag",
            DayOfWeek.THURSDAY,
            "vrijdag",
            DayOfWeek.FRIDAY,
            "zaterdag",
            DayOfWeek.SATURDAY,
            "zondag",
            DayOfWeek.SUNDAY);

    private record Blok(LocalTime van, LocalTime tot) {
        boolean bevat(LocalTime t) {
            return !t.isBefore(van) && t.isBefore(tot);
        }
    }

    private final Optional<Map<DayOfWeek, List<Blok>>> perDag;

    private Openingstijden(Optional<Map<DayOfWeek, List<Blok>>> perDag) {
        this.perDag = perDag;
    }

    public static Openingstijden altijdOpen() {
        return new Openingstijden(Optional.empty());
    }

    /**
     * Reads the "openingstijden" object of the content feed; missing or null is always open.
     *
     * @throws IllegalArgumentException naming the day and the entry that cannot be read
     */
    public static Openingstijden uit(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return altijdOpen();
        }
        Map<DayOfWeek, List<Blok>> perDag = new EnumMap<>(DayOfWeek.class);
        node.fields().forEachRemaining(dag -> {
            DayOfWeek day = DAGEN.get(dag.getKey());
            if (day == null) {
                throw new IllegalArgumentException(dag.getKey() + " is not a weekday; use " + DAGEN.keySet());
            }
            List<Blok> blokken = new ArrayList<>();
            for (JsonNode blok : dag.getValue()) {
                blokken.add(blok(dag.getKey(), blok.asText()));
            }
            perDag.put(day, blokken);
        });
        return new Openingstijden(Optional.of(perDag));
    }

    private static Blok blok(String dag, String text) {
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                LocalTime van = LocalTime.parse(parts[0].strip());
                LocalTime tot = parts[1].strip().equals("24:00") ? LocalTime.MAX : LocalTime.parse(parts[1].strip());
                if (van.isBefore(tot)) {
                    return new Blok(van, tot);
                }
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(dag + ": \"" + text + "\" is not a time span like \"09:00-17:00\"");
    }

    /** Whether the buurthuis is open at this local time. */
    public boolean open(ZonedDateTime when) {
        return perDag.map(dagen -> dagen.getOrDefault(when.getDayOfWeek(), List.of()).stream()
                        .anyMatch(b -> b.bevat(when.toLocalTime())))
                .orElse(true);
    }
}
