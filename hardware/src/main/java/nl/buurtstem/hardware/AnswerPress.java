package nl.buurtstem.hardware;

import java.time.Instant;

/**
 * One press of an answer button, after debouncing.
 *
 * @param button  1-based number of the answer button, left to right under the screen
 * @param outcome whether it counts, or repeats the same answer too soon (anti-gaming)
 * @param at      when the button went down
 */
public record AnswerPress(int button, Outcome outcome, Instant at) {

    /** What becomes of a press. */
    public enum Outcome {
        /** A new answer. */
        COUNTED,
        /** The same button again within the repeat interval: recorded, not counted. */
        SUPPRESSED
    }

    public boolean counted() {
        return outcome == Outcome.COUNTED;
    }
}
