package nl.buurtstem.opendata.evaluatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of a plan or initiative: its goals, how they were measured, what came out and what the
 * municipality learned.
 *
 * @param id         stable reference, used in its URI (/id/evaluatie/{id})
 * @param evalueert  what it evaluates, as "plan/{ref}" or "initiatief/{ref}"
 * @param uitkomsten what came out, in plain words
 */
public record Evaluatie(
        String id,
        String evalueert,
        String titel,
        LocalDate datum,
        List<String> doelen,
        List<Indicator> indicatoren,
        String uitkomsten,
        List<String> lessen) {

    public Evaluatie {
        doelen = doelen == null ? List.of() : List.copyOf(doelen);
        indicatoren = indicatoren == null ? List.of() : List.copyOf(indicatoren);
        lessen = lessen == null ? List.of() : List.copyOf(lessen);
    }

    /** A measured indicator: where it started, what was aimed for, what was measured. */
    public record Indicator(
            String naam, String eenheid, BigDecimal nulmeting, BigDecimal streefwaarde, BigDecimal gemeten) {}
}
