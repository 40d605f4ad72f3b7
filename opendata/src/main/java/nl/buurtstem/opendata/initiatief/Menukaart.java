package nl.buurtstem.opendata.initiatief;

import java.util.List;

/**
 * The municipality's menukaart: the steps from a resident's idea to its realisation, saying at each step what the
 * municipality offers and what it expects.
 *
 * @param id    stable reference (one menukaart per municipality)
 * @param stappen the steps in order
 */
public record Menukaart(String id, List<Stap> stappen) {

    public Menukaart {
        stappen = List.copyOf(stappen);
    }

    /**
     * @param id        stable reference of the step (idee, buren, makelaar, geld, uitvoeren, evalueren)
     * @param titel     the step in a few words
     * @param aanbod    what the municipality offers at this step
     * @param verwacht  what the municipality expects of the resident
     * @param fondsen   money one can ask for at this step (empty for most steps)
     */
    public record Stap(String id, String titel, String aanbod, String verwacht, List<Fonds> fondsen) {
        public Stap {
            fondsen = fondsen == null ? List.of() : List.copyOf(fondsen);
        }
    }

    /** A fund: its name, up to how much, and on which conditions. */
    public record Fonds(String naam, long totEuro, String voorwaarden) {}
}
