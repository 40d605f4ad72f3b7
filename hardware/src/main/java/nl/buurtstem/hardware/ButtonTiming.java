package nl.buurtstem.hardware;

import java.time.Duration;

/**
 * How button presses are filtered, as the smiley terminals in shops do.
 *
 * @param debounce       contact chatter shorter than this after an edge is ignored (not a press at all)
 * @param repeatInterval a press of the same answer button sooner than this after its previous press is
 *                       suppressed; the button counts again once it has been left alone this long
 */
public record ButtonTiming(Duration debounce, Duration repeatInterval) {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);
    public static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofSeconds(5);

    public ButtonTiming {
        if (debounce.isNegative() || repeatInterval.isNegative()) {
            throw new IllegalArgumentException("debounce and repeat interval cannot be negative");
        }
    }

    public static ButtonTiming defaults() {
        return new ButtonTiming(DEFAULT_DEBOUNCE, DEFAULT_REPEAT_INTERVAL);
    }
}
