package nl.buurtstem.kiosk.peiling;

import java.util.Arrays;
import java.util.List;

/**
 * A poll's results for this wijk as the screen shows them.
 *
 * @param totaal    how many answers there are
 * @param aantallen answers per option, or null while fewer than {@link #DREMPEL}: few answers could give away
 *                  what a neighbour said
 */
public record Uitslag(long totaal, List<Long> aantallen, int drempel) {

    public static final int DREMPEL = 10;

    static Uitslag of(long[] perOptie) {
        long totaal = Arrays.stream(perOptie).sum();
        return new Uitslag(
                totaal,
                totaal < DREMPEL ? null : Arrays.stream(perOptie).boxed().toList(),
                DREMPEL);
    }
}
