package nl.buurtstem.opendata.idee;

import java.time.Instant;
import java.util.Locale;

/**
 * An idea as the ideeënmakelaar works on it: what the resident wrote and where, and what the municipality did with
 * it. The contact details are not here; they are read one at a time, and each reading is audited.
 *
 * @param context     the plan or poll it reacts to ("plan/…", "peiling/…"), or null
 * @param omgezetNaar what it became ("initiatief/…", "plan/…", "wijkbudget/…"), or null
 * @param dubbelVan   the reference of the idea this one repeats, or null
 * @param gesloten    when it was answered, turned into something or closed: its contact details go a set time after
 */
public record Idee(
        String kioskId,
        long seq,
        String wijk,
        String thema,
        String tekst,
        String taal,
        Instant ontvangen,
        String context,
        IdeeStatus status,
        String behandelaar,
        String antwoord,
        String omgezetNaar,
        String dubbelVan,
        boolean heeftContact,
        Instant gesloten) {

    /** How staff pages and links name it: kiosk and number, e.g. "k-3f2a/17". */
    public String ref() {
        return kioskId + "/" + seq;
    }

    /** Its reference in the open data and among translations ("idee/{openbaarId}"): kiosk and number, never text. */
    public String openbaarId() {
        return ("idee-" + kioskId + "-" + seq).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
