package nl.buurtstem.opendata.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the municipal budget: an amount for one Iv3 taakveld in one year, as budgeted or as realised.
 *
 * @param fase   "begroot" (the adopted budget) or "gerealiseerd" (the annual account)
 * @param bedrag in euro, lasten positive; baten may be negative as in the account
 */
public record Begrotingsregel(int jaar, String taakveld, String fase, BigDecimal bedrag) {

    public static final List<String> FASEN = List.of("begroot", "gerealiseerd");
}
