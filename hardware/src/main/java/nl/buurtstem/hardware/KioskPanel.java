package nl.buurtstem.hardware;

/**
 * The kiosk's physical parts as a resident meets them: up to five answer buttons under the screen, a help
 * (read-aloud) button, status lamps, a presence sensor and the screen itself. No Pi4J type leaks through
 * this interface, so the kiosk runs the same on a Raspberry Pi and elsewhere.
 */
public interface KioskPanel extends AutoCloseable {

    /** Adds a listener for presses, lamps, presence and screen; see {@link PanelListener}. */
    void addListener(PanelListener listener);

    /** Shows how the kiosk is doing: steady green, orange or red. */
    void showStatus(LampStatus status);

    /** A short flash of the lit lamp that tells the resident their answer was counted. */
    void confirmAnswer();

    /** Blinks one lamp once, so a volunteer can see it works (check screen). */
    void blink(Lamp lamp);

    /** Switches the screen on, dims it or switches it off. */
    void screen(ScreenState state);

    /** Every part as it is now. */
    PanelState state();

    /** How many answer buttons are wired. */
    int answerButtons();

    @Override
    void close();
}
