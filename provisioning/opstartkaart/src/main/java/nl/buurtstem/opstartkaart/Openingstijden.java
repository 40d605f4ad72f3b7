package nl.buurtstem.opstartkaart;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a buurthuis is open, per weekday. Staff give them on the dashboard or to {@code buurtstem enroll} as
 * {@code ma-vr 09:00-17:00, za 10:00-13:00} ({@link #lees}); the central node keeps them and sends them to the kiosk
 * as {@code {"maandag": ["09:00-17:00"], ...}} ({@link #uit}, {@link #perDag}), where a day left out is closed. The
 * kiosk switches its screen off outside them; the card restarts and updates the kiosk only while it is closed.
 * Hours never given mean always open, so a kiosk never goes dark because nobody filled them in.
 */
public final class Openingstijden {

    public static final List<String> DAGEN =
            List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    /** Null when never given. */
    private final Map<DayOfWeek, List<Blok>> perDag;

    Openingstijden(Map<DayOfWeek, List<Blok>> perDag) {
        this.perDag = perDag;
    }

    /** No opening hours given: always open, and closed at night for the nightly restart. */
    public static Openingstijden nietGegeven() {
        return new Openingstijden(null);
    }

    /**
     * Reads them as staff type them for the card: {@code ma-vr 09:00-17:00, za 10:00-13:00}.
     *
     * @throws IllegalArgumentException saying which part cannot be read and how to write it
     */
    public static Openingstijden lees(String tekst) {
        return Kaarttekst.lees(tekst);
    }

    /**
     * Reads them per weekday, as the central node keeps them and staff send them: {@code {"maandag":
     * ["09:00-12:00", "13:00-17:00"]}}; null is never given.
     *
     * @throws IllegalArgumentException naming the entry, e.g. "openingstijden.maandag[1]: ..."
     */
    public static Openingstijden uit(Map<String, List<String>> perDag) {
        if (perDag == null) {
            return nietGegeven();
        }
        for (String key : perDag.keySet()) {
            if (!DAGEN.contains(key)) {
                throw new IllegalArgumentException("openingstijden." + key + ": not a weekday; use " + DAGEN);
            }
        }
        Map<DayOfWeek, List<Blok>> dagen = new EnumMap<>(DayOfWeek.class);
        for (String dag : DAGEN) {
            List<String> blokken = perDag.get(dag);
            if (blokken == null) {
                continue;
            }
            List<Blok> gelezen = new ArrayList<>();
            for (int i = 0; i < blokken.size(); i++) {
                String blok = blokken.get(i);
                String entry = "openingstijden." + dag + "[" + i + "]";
                gelezen.add(Blok.lees(blok)
                        .orElseThrow(() -> new IllegalArgumentException(entry + ": \"" + blok
                                + "\" is not a time span like \"09:00-17:00\" (from before to)")));
            }
            dagen.put(dag(dag), List.copyOf(gelezen));
        }
        return new Openingstijden(dagen);
    }

    public boolean gegeven() {
        return perDag != null;
    }

    /** Per weekday in weekday order, {@code {"maandag": ["09:00-17:00"], ...}}; null when never given. */
    public Map<String, List<String>> perDag() {
        if (perDag == null) {
            return null;
        }
        Map<String, List<String>> tekst = new LinkedHashMap<>();
        perDag.forEach((dag, blokken) -> tekst.put(
                DAGEN.get(dag.getValue() - 1),
                blokken.stream().map(Blok::toString).toList()));
        return tekst;
    }

    /** Whether the buurthuis is open at this local time; always when the hours were never given. */
    public boolean open(ZonedDateTime when) {
        return perDag == null
                || perDag.getOrDefault(when.getDayOfWeek(), List.of()).stream()
                        .anyMatch(blok -> blok.bevat(when.toLocalTime()));
    }

    /** The nightly restart: a moment when the buurthuis is closed on every day of the week. */
    public LocalTime nightlyRestart() {
        return Onderhoud.nightlyRestart(this);
    }

    /** The update check: an hour before the restart if closed then, else half an hour after it. */
    public LocalTime updateCheck() {
        return Onderhoud.updateCheck(this);
    }

    /** Whether the buurthuis is closed at this time on every day of the week. */
    boolean dichtOpElkeDag(LocalTime tijd) {
        return perDag == null || perDag.values().stream().flatMap(List::stream).noneMatch(blok -> blok.bevat(tijd));
    }

    static DayOfWeek dag(String dag) {
        return DayOfWeek.of(DAGEN.indexOf(dag) + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Openingstijden o && Objects.equals(perDag, o.perDag);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(perDag);
    }

    @Override
    public String toString() {
        return perDag == null ? "niet gegeven" : String.valueOf(perDag());
    }
}
