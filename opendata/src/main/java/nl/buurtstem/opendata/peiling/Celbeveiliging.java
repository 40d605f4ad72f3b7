package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control of a poll's results. Every kiosk and channel that had answers in a period gets a
 * cell for every option, zero included: a missing cell would say "nobody chose this", and a neighbour seen tapping
 * would be given away by the one option that has a cell. Primary: a cell with fewer answers than the threshold (zero
 * too) or a few uncounted presses is held back, as is such a total. Secondary: the cells of one period, wijk
 * and option add up to a published total, so wherever the total and the shown cells would pin a held-back cell to one
 * value, more cells are held back (the smallest first), and if that is not enough, the total too. Lines share no
 * cell, so each is safe on its own.
 *
 * <p>What a reader is taken to know of a held-back cell: primary ones have 0 to threshold−1 answers, secondary ones
 * any number. (A cell held back for its presses alone may have more answers; a reader who knows that knows less.) A cell is safe when, with those bounds and the line's sum, it can
 * still take at least two values.
 */
final class Celbeveiliging {

    /** Stands for "any number" as a secondary cell's upper bound, without overflowing sums. */
    private static final long ONBEGRENSD = 1L << 40;

    private final int drempel;

    Celbeveiliging(int drempel) {
        this.drempel = drempel;
    }

    /**
     * What {@link #beveilig} depends on besides the cells: the same cells give the same result under the same
     * grondslag.
     */
    String grondslag(int opties, boolean demo) {
        return "opties=" + opties + ";demo=" + demo + ";drempel=" + drempel;
    }

    /** @param opties how many answer options the poll has */
    BeschermdeUitslag beveilig(List<Cel> cellen, int opties, boolean demo) {
        Map<Cel.Lijn, List<Cel>> lijnen = new LinkedHashMap<>();
        (demo ? cellen : metNullen(cellen, opties))
                .stream()
                        .sorted(Comparator.comparing(Cel::periode)
                                .thenComparing(c -> String.valueOf(c.wijk()))
                                .thenComparingInt(Cel::optie)
                                .thenComparing(Cel::kioskId)
                                .thenComparing(Cel::kanaal))
                        .forEach(c -> lijnen.computeIfAbsent(c.lijn(), k -> new ArrayList<>())
                                .add(c));
        List<BeschermdeUitslag.BeschermdeCel> beschermd = new ArrayList<>();
        List<BeschermdeUitslag.Totaal> totalen = new ArrayList<>();
        lijnen.forEach((lijn, inLijn) -> {
            Map<Cel, Beveiliging> status = new LinkedHashMap<>();
            long totaal = 0;
            for (Cel c : inLijn) {
                boolean klein = !demo && (klein(c.antwoorden()) || (c.onderdrukt() > 0 && klein(c.onderdrukt())));
                status.put(c, klein ? Beveiliging.PRIMAIR : Beveiliging.VRIJ);
                totaal += c.antwoorden();
            }
            Beveiliging totaalStatus = !demo && klein(totaal) ? Beveiliging.PRIMAIR : Beveiliging.VRIJ;
            if (totaalStatus == Beveiliging.VRIJ) {
                while (teRaden(status, totaal)) {
                    Cel kleinste = status.entrySet().stream()
                            .filter(e -> !e.getValue().verborgen())
                            .map(Map.Entry::getKey)
                            .min(Comparator.comparingLong(Cel::antwoorden).thenComparingLong(Cel::onderdrukt))
                            .orElse(null);
                    if (kleinste == null) {
                        totaalStatus = Beveiliging.SECUNDAIR;
                        break;
                    }
                    status.put(kleinste, Beveiliging.SECUNDAIR);
                }
            }
            status.forEach((c, b) -> beschermd.add(new BeschermdeUitslag.BeschermdeCel(c, b)));
            totalen.add(new BeschermdeUitslag.Totaal(lijn.periode(), lijn.wijk(), lijn.optie(), totaal, totaalStatus));
        });
        return new BeschermdeUitslag(beschermd, totalen);
    }

    private boolean klein(long aantal) {
        return drempel > 1 && aantal < drempel;
    }

    private static List<Cel> metNullen(List<Cel> cellen, int opties) {
        record Groep(Instant periode, String wijk, String kioskId, Kanaal kanaal) {}
        Map<Groep, Map<Integer, Cel>> groepen = new LinkedHashMap<>();
        for (Cel c : cellen) {
            groepen.computeIfAbsent(
                            new Groep(c.periode(), c.wijk(), c.kioskId(), c.kanaal()), k -> new LinkedHashMap<>())
                    .put(c.optie(), c);
        }
        List<Cel> volledig = new ArrayList<>();
        groepen.forEach((g, perOptie) -> {
            for (int optie = 1; optie <= opties; optie++) {
                volledig.add(perOptie.getOrDefault(
                        optie, new Cel(g.periode(), optie, g.wijk(), g.kioskId(), g.kanaal(), 0, 0)));
            }
            perOptie.keySet().stream().filter(o -> o < 1 || o > opties).forEach(o -> volledig.add(perOptie.get(o)));
        });
        return volledig;
    }

    /** Whether a shown total and the shown cells leave some held-back cell only one possible number of answers. */
    private boolean teRaden(Map<Cel, Beveiliging> status, long totaal) {
        long rest = totaal;
        long somHoog = 0;
        List<Beveiliging> verborgen = new ArrayList<>();
        for (Map.Entry<Cel, Beveiliging> e : status.entrySet()) {
            if (e.getValue().verborgen()) {
                verborgen.add(e.getValue());
                somHoog += hoogste(e.getValue());
            } else {
                rest -= e.getKey().antwoorden();
            }
        }
        for (Beveiliging b : verborgen) {
            long laagste = Math.max(0, rest - (somHoog - hoogste(b)));
            long hoogste = Math.min(hoogste(b), rest);
            if (laagste >= hoogste) {
                return true;
            }
        }
        return false;
    }

    private long hoogste(Beveiliging b) {
        return b == Beveiliging.PRIMAIR ? drempel - 1 : ONBEGRENSD;
    }
}
