package nl.buurtstem.hardware;

/**
 * Hears what happens on the kiosk panel. Every method has a default, so a listener picks what it needs:
 * the kiosk listens for answers, the host's check screen for every part, a test records transitions.
 * Called on the GPIO event thread: keep it short.
 */
public interface PanelListener {

    /** An answer button was pressed (after debouncing); counted or suppressed. */
    default void answer(AnswerPress press) {}

    /** The help (read-aloud) button was pressed. */
    default void helpPressed() {}

    /** An answer button's line went down or up, raw, for the check screen. */
    default void answerButtonChanged(int button, boolean down) {}

    /** The help button's line went down or up, raw, for the check screen. */
    default void helpButtonChanged(boolean down) {}

    /** A lamp went on or off. */
    default void lampChanged(Lamp lamp, boolean on) {}

    /** The presence sensor saw someone arrive ({@code true}) or everyone leave. */
    default void presenceChanged(boolean someone) {}

    /** The screen was switched. */
    default void screenChanged(ScreenState state) {}
}
