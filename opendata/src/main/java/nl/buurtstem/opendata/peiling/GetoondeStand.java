package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A poll's results as the kiosks, the pages and the wijkupdate show them: per wijk and option the sum of the
 * published period totals and how many are held back, over every closed period. Sums of shown totals only, never a
 * live count, so a channel shows nothing the Data Cube does not.
 */
public final class GetoondeStand {

    private final List<Stand> standen;
    private final Optional<Instant> laatstePeriode;

    GetoondeStand(List<Stand> standen, Optional<Instant> laatstePeriode) {
        this.standen = List.copyOf(standen);
        this.laatstePeriode = laatstePeriode;
    }

    /** The same figures worked out from a whole recount. */
    static GetoondeStand uit(BeschermdeUitslag uitslag) {
        return new GetoondeStand(Stand.uit(uitslag), uitslag.laatstePeriode());
    }

    /** Per option (index 0 is option 1) the sum of the shown totals, in {@code wijk}, or everywhere when null. */
    public long[] getoondPerOptie(int opties, String wijk) {
        long[] result = new long[opties];
        for (Stand s : inWijk(wijk)) {
            if (s.optie() >= 1 && s.optie() <= opties) {
                result[s.optie() - 1] += s.antwoorden();
            }
        }
        return result;
    }

    /** Per option (index 0 is option 1) whether a total of it in {@code wijk} (everywhere, when null) is held back. */
    public boolean[] verborgenPerOptie(int opties, String wijk) {
        boolean[] result = new boolean[opties];
        for (Stand s : inWijk(wijk)) {
            if (s.achtergehouden() > 0 && s.optie() >= 1 && s.optie() <= opties) {
                result[s.optie() - 1] = true;
            }
        }
        return result;
    }

    /** How many totals in {@code wijk} (or everywhere, when null) are held back. */
    public long verborgenTotalen(String wijk) {
        return inWijk(wijk).stream().mapToLong(Stand::achtergehouden).sum();
    }

    /** The start of the latest period published. */
    public Optional<Instant> laatstePeriode() {
        return laatstePeriode;
    }

    private List<Stand> inWijk(String wijk) {
        return wijk == null
                ? standen
                : standen.stream().filter(s -> Objects.equals(wijk, s.wijk())).toList();
    }
}
