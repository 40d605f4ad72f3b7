package nl.buurtstem.opendata.wijkbudget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which proposals won a wijkbudget, read from the result as published: the proposal with the most votes wins, then
 * the next, as long as the money left covers it; one that no longer fits is passed over and a cheaper one after it
 * can still win. Equal votes keep the order of the proposals in the budget. A count held back (too few votes to
 * publish) never wins, so the winners tell nothing the published figures do not already tell.
 */
final class Winnaars {

    private Winnaars() {}

    /** @param getoond per proposal, in the budget's order, the votes as published (null: held back) */
    static List<Wijkbudget.Voorstel> van(Wijkbudget w, Map<Wijkbudget.Voorstel, Long> getoond) {
        List<Map.Entry<Wijkbudget.Voorstel, Long>> kandidaten = getoond.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Comparator.comparing(Map.Entry<Wijkbudget.Voorstel, Long>::getValue)
                        .reversed())
                .toList();
        List<Wijkbudget.Voorstel> winnaars = new ArrayList<>();
        long over = w.bedrag();
        for (Map.Entry<Wijkbudget.Voorstel, Long> e : kandidaten) {
            if (e.getKey().bedrag() <= over) {
                winnaars.add(e.getKey());
                over -= e.getKey().bedrag();
            }
        }
        return winnaars;
    }
}
