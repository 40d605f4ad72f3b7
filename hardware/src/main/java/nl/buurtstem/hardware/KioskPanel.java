package nl.buurtstem.hardware;

import java.util.function.IntConsumer;

/**
 * The kiosk's physical parts as a resident meets them: answer buttons under the screen and a status lamp.
 * No Pi4J type leaks through this interface, so the kiosk runs the same on a Raspberry Pi and elsewhere.
 */
public interface KioskPanel extends AutoCloseable {

    /** Calls {@code listener} with the 1-based number of the answer button that was pressed. */
    void onAnswerPressed(IntConsumer listener);

    /** Shows how the kiosk is doing on the status lamp. */
    void showStatus(LampStatus status);

    /** A short flash that tells the resident their answer was counted. */
    void confirmAnswer();

    /** How many answer buttons are wired. */
    int answerButtons();

    @Override
    void close();
}
