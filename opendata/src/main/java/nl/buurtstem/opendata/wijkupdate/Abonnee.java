package nl.buurtstem.opendata.wijkupdate;

import java.time.Instant;
import java.time.YearMonth;

/**
 * An address that gets the wijk's poster by mail each month: a buurthuis host, a wijkpanel member.
 *
 * @param token        what the unsubscribe link carries: random, one per address
 * @param laatst       when the last poster went out, or null
 * @param laatsteMaand which month's poster that was
 * @param fout         why the last try failed, in plain Dutch for the staff page; null when it went well
 */
public record Abonnee(
        long id,
        String wijk,
        String adres,
        String token,
        Instant toegevoegd,
        Instant laatst,
        YearMonth laatsteMaand,
        String fout) {

    /** "h***@buurthuis.example": enough for a colleague to recognise it in the audit log, not to mail it. */
    public String gemaskeerd() {
        return masker(adres);
    }

    static String masker(String adres) {
        int at = adres.indexOf('@');
        return at < 1 ? "***" : adres.charAt(0) + "***" + adres.substring(at);
    }

    @Override
    public String toString() {
        return "Abonnee[" + id + ", " + wijk + "]";
    }
}
