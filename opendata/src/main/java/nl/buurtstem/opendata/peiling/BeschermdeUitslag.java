package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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

    /** The start of the latest period in it. */
    public Optional<Instant> laatstePeriode() {
        return totalen.stream().map(Totaal::periode).max(Comparator.naturalOrder());
    }
}
