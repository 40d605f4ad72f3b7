package nl.buurtstem.opendata.peiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A poll's standing for one option in one wijk (or in all wijken, when {@code wijk} is null) over all its closed
 * periods: the sum of the period totals that are published, and how many are held back and so not in it. It is a
 * sum of shown figures only, so no one learns from it, from its change between two periods or from its difference
 * with another stand, anything the period totals do not already show: a stand with a held-back total beneath it
 * would give that total back by subtraction, which is why a held-back total counts for nothing here.
 *
 * @param antwoorden     the sum of the published totals
 * @param achtergehouden how many period totals are held back (not in {@code antwoorden})
 */
record Stand(String wijk, int optie, long antwoorden, long achtergehouden) {

    /** The standings per wijk and option of {@code uitslag}: what {@link Standen} keeps, worked out in one go. */
    static List<Stand> uit(BeschermdeUitslag uitslag) {
        Map<String, Stand> perLijn = new TreeMap<>();
        for (BeschermdeUitslag.Totaal t : uitslag.totalen()) {
            perLijn.merge(t.wijk() + " " + t.optie(), van(t), Stand::plus);
        }
        return new ArrayList<>(perLijn.values());
    }

    /** What one period total adds to its stand: itself when shown, nothing but one held back when held back. */
    static Stand van(BeschermdeUitslag.Totaal t) {
        boolean verborgen = t.beveiliging().verborgen();
        return new Stand(t.wijk(), t.optie(), verborgen ? 0 : t.antwoorden(), verborgen ? 1 : 0);
    }

    /** The standings per option over all wijken. */
    static List<Stand> overAlleWijken(List<Stand> perWijk) {
        Map<Integer, Stand> perOptie = new TreeMap<>();
        for (Stand s : perWijk) {
            perOptie.merge(s.optie(), new Stand(null, s.optie(), s.antwoorden(), s.achtergehouden()), Stand::plus);
        }
        return new ArrayList<>(perOptie.values());
    }

    private Stand plus(Stand other) {
        return new Stand(
                Objects.equals(wijk, other.wijk) ? wijk : null,
                optie,
                antwoorden + other.antwoorden,
                achtergehouden + other.achtergehouden);
    }
}
