package nl.buurtstem.opendata.idee;

/**
 * An idea as the municipality publishes it: a text staff cleaned and approved (no names, addresses or
 * contact details), with only its wijk, theme and month; never the kiosk, the time or the resident's own words.
 *
 * @param id    stable reference, used in its URI (/id/idee/{id})
 * @param maand the month it came in, e.g. 2026-11
 */
public record GepubliceerdIdee(String id, String wijk, String thema, String tekst, String maand) {}
