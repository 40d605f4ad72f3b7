package nl.buurtstem.hardware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns raw edges of the answer buttons into presses: chatter within the debounce time is dropped, a held
 * button is one press (only the way down counts), and pressing the same button again before it has rested
 * for the repeat interval is a suppressed press. The repeat window slides, so hammering counts once however long it lasts.
 */
final class PressFilter {

    private final ButtonTiming timing;
    private final Clock clock;
    private final boolean[] down;
    private final Instant[] lastEdge;
    private final Instant[] lastPress;

    PressFilter(int buttons, ButtonTiming timing, Clock clock) {
        this.timing = timing;
        this.clock = clock;
        this.down = new boolean[buttons];
        this.lastEdge = new Instant[buttons];
        this.lastPress = new Instant[buttons];
    }

    /** An edge of answer button {@code button} (1-based); a press when it is a real way down. */
    synchronized Optional<AnswerPress> edge(int button, boolean pressed) {
        int i = button - 1;
        Instant now = clock.instant();
        down[i] = pressed;
        // Judged by time since the last accepted edge, not by the remembered state: a release lost in chatter
        // must not swallow the next real press.
        if (within(lastEdge[i], now, timing.debounce())) {
            return Optional.empty();
        }
        lastEdge[i] = now;
        if (!pressed) {
            return Optional.empty();
        }
        boolean repeated = within(lastPress[i], now, timing.repeatInterval());
        lastPress[i] = now;
        return Optional.of(
                new AnswerPress(button, repeated ? AnswerPress.Outcome.SUPPRESSED : AnswerPress.Outcome.COUNTED, now));
    }

    /** Whether the button's line is down now, for the check screen. */
    synchronized boolean isDown(int button) {
        return down[button - 1];
    }

    private static boolean within(Instant previous, Instant now, Duration window) {
        return previous != null && Duration.between(previous, now).compareTo(window) < 0;
    }
}
