package nl.buurtstem.opendata.staff;

import java.util.List;
import java.util.function.Supplier;

/**
 * One line on the staff home: a content item in a wijk, in the group that says what it needs.
 *
 * @param wijk        the wijk's name, or "Alle wijken"
 * @param toelichting e.g. "tot 12 mei 18:00"
 * @param link        below /beheer/, where it is edited
 */
public record Werk(String wijk, Groep groep, String soort, String titel, String toelichting, String link) {

    /** What an item needs from staff, in the order the home shows them. */
    public enum Groep {
        LIVE("Nu op de kiosks"),
        GEPLAND("Gepland"),
        CONCEPT("Concept, nog niet gepubliceerd"),
        VERTALEN("Moet nog vertaald worden");

        private final String woorden;

        Groep(String woorden) {
            this.woorden = woorden;
        }

        public String woorden() {
            return woorden;
        }
    }

    /** What one feature puts on the staff home. */
    @FunctionalInterface
    public interface Bron extends Supplier<List<Werk>> {}
}
