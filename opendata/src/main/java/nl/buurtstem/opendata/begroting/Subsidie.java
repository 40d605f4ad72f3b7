package nl.buurtstem.opendata.begroting;

import java.math.BigDecimal;

/**
 * A grant to a citizen initiative, possibly paid from a wijkbudget.
 *
 * @param id         stable reference, used in its URI (/id/subsidie/{id})
 * @param initiatief the initiative's reference
 * @param wijkbudget the wijkbudget's reference it is paid from, or null
 */
public record Subsidie(
        String id, String initiatief, int jaar, BigDecimal bedrag, String wijkbudget, String omschrijving) {}
