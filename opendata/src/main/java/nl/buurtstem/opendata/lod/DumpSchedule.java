package nl.buurtstem.opendata.lod;

import java.time.Duration;

/**
 * When the dumps follow the publications: once no graph of a dataset changed for {@code quiet}, and at the latest
 * {@code atLatest} after its first change not yet in its files. Rewriting a whole dataset costs as much as all of
 * it, so a run of publications (a kiosk catching up, one closed period after another) is written once, not once
 * per publication; an edit on its own is in the dumps a moment later.
 *
 * @param quiet how long a dataset's graphs stay unchanged before its dumps are rewritten
 * @param atLatest the longest a change waits for its dumps while publications keep coming
 */
public record DumpSchedule(Duration quiet, Duration atLatest) {

    /** Two seconds of quiet, at the latest a minute: staff see an edit in the dumps in seconds. */
    public static final DumpSchedule DEFAULT = new DumpSchedule(Duration.ofSeconds(2), Duration.ofMinutes(1));

    public DumpSchedule {
        if (quiet.isNegative() || atLatest.isNegative()) {
            throw new IllegalArgumentException("the dumps' quiet time and latest rewrite cannot be negative");
        }
    }
}
