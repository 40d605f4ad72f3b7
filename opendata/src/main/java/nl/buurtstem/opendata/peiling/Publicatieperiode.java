package nl.buurtstem.opendata.peiling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.buurtstem.opendata.Gemeentetijd;

/**
 * How poll results reach the open data: per closed period, never live. Whoever saw a neighbour tap and then watched
 * the figures change could otherwise read the answer off the difference; a period holds many taps and is published
 * once, when it has ended. Whole days start at midnight in the municipality's time zone.
 *
 * @param demo shorter periods than a day are allowed only for demonstration data, and are shown as such
 */
public record Publicatieperiode(Duration lengte, boolean demo) {

    public static final Duration KORTSTE = Duration.ofDays(1);
    private static final long DAG = Duration.ofDays(1).toSeconds();

    public Publicatieperiode {
        if (lengte.isNegative() || lengte.isZero()) {
            throw new IllegalArgumentException("the publication period must be longer than zero");
        }
        if (!demo && lengte.compareTo(KORTSTE) < 0) {
            throw new IllegalArgumentException(
                    "poll results are published per day at the earliest; a shorter period is for the demo only");
        }
    }

    public static Publicatieperiode perDag() {
        return new Publicatieperiode(KORTSTE, false);
    }

    /** The start of the period {@code moment} falls in. */
    public Instant begin(Instant moment) {
        if (inHeleDagen()) {
            long dagen = lengte.toDays();
            long dag = moment.atZone(Gemeentetijd.ZONE).toLocalDate().toEpochDay();
            return LocalDate.ofEpochDay(Math.floorDiv(dag, dagen) * dagen)
                    .atStartOfDay(Gemeentetijd.ZONE)
                    .toInstant();
        }
        long millis = lengte.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(moment.toEpochMilli(), millis) * millis);
    }

    /** The start of the period before the one that starts at {@code begin}. */
    public Instant vorige(Instant begin) {
        return begin(begin.minusMillis(1));
    }

    /** When the period {@code moment} falls in ends, and its answers are published. */
    public Instant einde(Instant moment) {
        if (inHeleDagen()) {
            return begin(moment)
                    .atZone(Gemeentetijd.ZONE)
                    .toLocalDate()
                    .plusDays(lengte.toDays())
                    .atStartOfDay(Gemeentetijd.ZONE)
                    .toInstant();
        }
        return begin(moment).plus(lengte);
    }

    private boolean inHeleDagen() {
        return lengte.toSeconds() % DAG == 0 && lengte.toNanosPart() == 0;
    }
}
