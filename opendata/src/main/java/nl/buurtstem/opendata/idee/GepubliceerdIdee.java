package nl.buurtstem.opendata.idee;

/**
 * An idea as the municipality publishes it: a text staff cleaned and approved (no names, addresses or
 * contact details), with only its wijk, theme and month; never the kiosk, the time or the resident's own words.
 * Ideas from the inbox also carry what became of them.
 *
 * @param id          stable reference, used in its URI (/id/idee/{id})
 * @param maand       the month it came in, e.g. 2026-11
 * @param status      the {@link IdeeStatus} code, or null for an idea published without the inbox
 * @param antwoord    the municipality's public answer, in B1, or null
 * @param context     the plan or poll it was given at ("plan/…", "peiling/…"), or null
 * @param omgezetNaar what it became ("initiatief/…", "plan/…", "wijkbudget/…"), or null
 */
public record GepubliceerdIdee(
        String id,
        String wijk,
        String thema,
        String tekst,
        String maand,
        String status,
        String antwoord,
        String context,
        String omgezetNaar) {

    public GepubliceerdIdee(String id, String wijk, String thema, String tekst, String maand) {
        this(id, wijk, thema, tekst, maand, null, null, null, null);
    }
}
