package nl.buurtstem.opstartkaart;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One stretch of a day when the buurthuis is open, written {@code 09:00-17:00}; {@code 24:00} is the end of the day.
 *
 * @param tot exclusive; {@link LocalTime#MAX} for 24:00
 */
public record Blok(LocalTime van, LocalTime tot) {

    /** Reads {@code 09:00-17:00}; empty when it is no time span running forward within the day. */
    public static Optional<Blok> lees(String tekst) {
        String[] delen = tekst == null ? new String[0] : tekst.split("-");
        if (delen.length != 2) {
            return Optional.empty();
        }
        try {
            LocalTime van = tijd(delen[0].strip());
            LocalTime tot = tijd(delen[1].strip());
            return van.isBefore(tot) ? Optional.of(new Blok(van, tot)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A time of day like {@code 09:30}, or {@code 24:00} for the end of the day. */
    static LocalTime tijd(String tekst) {
        return tekst.equals("24:00") ? LocalTime.MAX : LocalTime.parse(tekst);
    }

    public boolean bevat(LocalTime tijd) {
        return !tijd.isBefore(van) && tijd.isBefore(tot);
    }

    /** As it is written and read: {@code 09:00-17:00}. */
    @Override
    public String toString() {
        return tekst(van) + "-" + tekst(tot);
    }

    private static String tekst(LocalTime tijd) {
        return tijd.equals(LocalTime.MAX) ? "24:00" : tijd.toString();
    }
}
