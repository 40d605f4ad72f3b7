package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A poll's results as they may be shown anywhere (the Data Cube, its pages, CSV, dumps and the kiosk screen): the
 * cells and, per period, wijk and option, their total, each shown or held back. Every figure any channel shows is a
 * figure from here or a sum of shown ones, so no channel can give back what another holds back.
 */
public record BeschermdeUitslag(List<BeschermdeCel> cellen, List<Totaal> totalen) {

    public record BeschermdeCel(Cel cel, Beveiliging beveiliging) {}

    /** The answers for one option in one wijk in one period. */
    public record Totaal(Instant periode, String wijk, int optie, long antwoorden, Beveiliging beveiliging) {}

    public BeschermdeUitslag {
        cellen = List.copyOf(cellen);
        totalen = List.copyOf(totalen);
    }

    /** Per option (index 0 is option 1) the sum of the shown totals, in {@code wijk}, or everywhere when null. */
    public long[] getoondPerOptie(int opties, String wijk) {
        long[] result = new long[opties];
        for (Totaal t : inWijk(wijk)) {
            if (!t.beveiliging().verborgen() && t.optie() >= 1 && t.optie() <= opties) {
                result[t.optie() - 1] += t.antwoorden();
            }
        }
        return result;
    }

    /** Per option (index 0 is option 1) whether a total of it in {@code wijk} (everywhere, when null) is held back. */
    public boolean[] verborgenPerOptie(int opties, String wijk) {
        boolean[] result = new boolean[opties];
        for (Totaal t : inWijk(wijk)) {
            if (t.beveiliging().verborgen() && t.optie() >= 1 && t.optie() <= opties) {
                result[t.optie() - 1] = true;
            }
        }
        return result;
    }

    /** How many totals in {@code wijk} (or everywhere, when null) are held back. */
    public long verborgenTotalen(String wijk) {
        return inWijk(wijk).stream().filter(t -> t.beveiliging().verborgen()).count();
    }

    /** The start of the latest period published. */
    public Optional<Instant> laatstePeriode() {
        return totalen.stream().map(Totaal::periode).max(Comparator.naturalOrder());
    }

    private List<Totaal> inWijk(String wijk) {
        return wijk == null
                ? totalen
                : totalen.stream().filter(t -> Objects.equals(wijk, t.wijk())).toList();
    }
}
