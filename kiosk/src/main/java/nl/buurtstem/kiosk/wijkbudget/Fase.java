package nl.buurtstem.kiosk.wijkbudget;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Where a wijkbudget stands, by this kiosk's own clock (so also offline): residents bring ideas, the municipality makes
 * proposals of them, residents vote, the result is known, the winners are carried out. Staff give the day each phase
 * starts ({@code fasen} in the content feed; the result starts at the wijkbudget's {@code eind}); a phase without a date
 * follows the one before it. Without any date a wijkbudget is open for voting, as before phases existed.
 */
enum Fase {
    IDEEEN("ideeen"),
    VOORSTELLEN("voorstellen"),
    STEMMEN("stemmen"),
    UITSLAG(null),
    UITVOERING("uitvoering");

    /** The field in {@code fasen} holding the start of this phase; the result's start is the budget's {@code eind}. */
    private final String veld;

    Fase(String veld) {
        this.veld = veld;
    }

    String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The start of this phase for {@code budget}, or null when staff gave none (or an unreadable one). */
    Instant start(JsonNode budget) {
        JsonNode waarde =
                veld == null ? budget.path("eind") : budget.path("fasen").path(veld);
        if (!waarde.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(waarde.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The phase {@code budget} is in at {@code nu}. */
    static Fase van(JsonNode budget, Instant nu) {
        Fase begonnen = null;
        Fase eersteMetDatum = null;
        for (Fase f : values()) {
            Instant start = f.start(budget);
            if (start == null) {
                continue;
            }
            if (eersteMetDatum == null) {
                eersteMetDatum = f;
            }
            if (!nu.isBefore(start)) {
                begonnen = f;
            }
        }
        if (begonnen != null) {
            return begonnen;
        }
        // Before the first dated phase: the phase before it (the ideas, when that is the first one staff dated).
        return eersteMetDatum == null ? STEMMEN : values()[Math.max(0, eersteMetDatum.ordinal() - 1)];
    }
}
