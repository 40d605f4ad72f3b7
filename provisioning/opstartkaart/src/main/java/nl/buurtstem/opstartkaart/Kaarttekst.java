package nl.buurtstem.opstartkaart;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opening hours as staff type them for the card: {@code ma-vr 09:00-17:00, za 10:00-13:00}. */
final class Kaarttekst {

    private static final List<String> AFKORTINGEN = List.of("ma", "di", "wo", "do", "vr", "za", "zo");
    private static final Pattern DEEL =
            Pattern.compile("(ma|di|wo|do|vr|za|zo)(?:-(ma|di|wo|do|vr|za|zo))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    private Kaarttekst() {}

    static Openingstijden lees(String tekst) {
        Map<DayOfWeek, List<Blok>> perDag = new EnumMap<>(DayOfWeek.class);
        for (String deel : tekst.toLowerCase(Locale.ROOT).split("[,;]")) {
            Matcher m = DEEL.matcher(deel.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("opening hours: cannot read '" + deel.strip()
                        + "'; write them like 'ma-vr 09:00-17:00, za 10:00-13:00'");
            }
            int eerste = AFKORTINGEN.indexOf(m.group(1));
            int laatste = m.group(2) == null ? eerste : AFKORTINGEN.indexOf(m.group(2));
            LocalTime van = tijd(m.group(3));
            LocalTime tot = tijd(m.group(4));
            if (laatste < eerste || !tot.isAfter(van)) {
                throw new IllegalArgumentException("opening hours: '" + deel.strip()
                        + "' must run forward within one day (use two parts for a night opening)");
            }
            for (int dag = eerste; dag <= laatste; dag++) {
                perDag.computeIfAbsent(DayOfWeek.of(dag + 1), d -> new ArrayList<>())
                        .add(new Blok(van, tot));
            }
        }
        return new Openingstijden(perDag);
    }

    private static LocalTime tijd(String tekst) {
        try {
            return Blok.tijd(tekst);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("opening hours: " + tekst + " is not a time like 09:30");
        }
    }
}
