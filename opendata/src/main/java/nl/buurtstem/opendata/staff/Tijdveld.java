package nl.buurtstem.opendata.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.buurtstem.opendata.Gemeentetijd;

/**
 * A moment typed on a staff form, in Dutch time (Europe/Amsterdam), as a datetime-local field sends it or as people
 * write it (12-05-2027 09:00).
 */
public final class Tijdveld {

    private static final DateTimeFormatter VELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final List<DateTimeFormatter> GETYPT = List.of(
            VELD,
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("d-M-yyyy H:mm"),
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"),
            DateTimeFormatter.ofPattern("d/M/yyyy H:mm"));

    private Tijdveld() {}

    /** The moment in field {@code veld}, null when empty; a Dutch error beside the field when it is no moment. */
    public static Instant lees(Formulier f, String veld) {
        String tekst = f.waarde(veld);
        if (tekst.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter formaat : GETYPT) {
            try {
                return LocalDateTime.parse(tekst, formaat)
                        .atZone(Gemeentetijd.ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        f.fout(veld, "Dit is geen datum met tijd. Schrijf het zo: 12-05-2027 09:00.");
        return null;
    }

    /** The moment as a datetime-local field shows it; empty for none. */
    public static String veld(Instant tijd) {
        return tijd == null
                ? ""
                : tijd.atZone(Gemeentetijd.ZONE)
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .format(VELD);
    }

    /** "12 mei 2027 om 09:00", for lists and messages. */
    public static String leesbaar(Instant tijd) {
        return tijd.atZone(Gemeentetijd.ZONE)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl")));
    }
}
