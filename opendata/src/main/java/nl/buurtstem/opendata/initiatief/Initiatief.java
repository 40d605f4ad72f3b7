package nl.buurtstem.opendata.initiatief;

/**
 * A citizen initiative in a wijk. Contact always goes through the municipality's ideeënmakelaar:
 * no resident's own contact details are stored here.
 *
 * @param id        stable reference, used in its URI (/id/initiatief/{id})
 * @param wijk      CBS wijkcode
 * @param titel     short title
 * @param verhaal   the short, true story of the initiative
 * @param meedoen   how to join or get in touch, through the municipality
 * @param demo      true for demonstration content
 * @param foto      a photo the initiative agreed to show, or null
 */
public record Initiatief(
        String id, String wijk, String titel, String verhaal, String meedoen, boolean demo, Foto foto) {

    public Initiatief(String id, String wijk, String titel, String verhaal, String meedoen, boolean demo) {
        this(id, wijk, titel, verhaal, meedoen, demo, null);
    }

    /** A photo: where it is published and what it shows, for people who cannot see it. */
    public record Foto(String url, String beschrijving) {}
}
