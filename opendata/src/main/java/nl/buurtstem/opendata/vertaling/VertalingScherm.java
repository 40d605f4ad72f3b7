package nl.buurtstem.opendata.vertaling;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;

/** The staff's translation pages: the list of what still needs translating, and one item in one language. */
public final class VertalingScherm {

    private VertalingScherm() {}

    /** A language staff translate into. */
    public record Taal(String code, String naam, boolean rechtsNaarLinks) {}

    /** The list: per item, per language, how many fields are still missing. */
    public record Lijst(List<Taal> talen, List<Rij> rijen, List<Integer> ontbrekendPerTaal) {}

    /**
     * One item on the list; per language in the order of {@link Lijst#talen}: how many fields are still missing, and
     * how many were translated from a Dutch text that has changed since.
     */
    public record Rij(String item, String soort, String titel, List<Integer> ontbreekt, List<Integer> verouderd) {

        /** Whether the item still needs work in language {@code i}. */
        public boolean teDoen(int i) {
            return ontbreekt.get(i) > 0 || verouderd.get(i) > 0;
        }
    }

    /** One item in one language: each field's Dutch text beside its translation. */
    public record Item(String item, String soort, String titel, Taal taal, List<Veld> velden, Formulier f) {}

    /** A field: its name in the form, its label, the Dutch text to translate, and whether it changed since. */
    public record Veld(String naam, String label, String nederlands, boolean gewijzigd) {}
}
