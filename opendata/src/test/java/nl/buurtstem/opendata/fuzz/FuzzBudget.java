package nl.buurtstem.opendata.fuzz;

/**
 * How long coverage-guided fuzzing (Jazzer) may take per target. In {@code ./buurtstem test} each {@code *FuzzTest}
 * runs in its own JVM with JAZZER_FUZZ set, stopped by {@code -runs} (the property {@code buurtstem.fuzz.runs},
 * default in the parent pom) or this cap, whichever comes first; a longer run: {@code -Dbuurtstem.fuzz.runs=50000000}.
 * Without JAZZER_FUZZ (an IDE, {@code -Dtest=...} without {@code -Pfuzz}) a fuzz test only replays its seeds and
 * earlier findings.
 */
public final class FuzzBudget {

    /** The most one target may fuzz, a cap for a slow machine; the run count ends a normal build sooner. */
    public static final String MAX = "3m";

    private FuzzBudget() {}
}
