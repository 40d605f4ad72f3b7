package nl.buurtstem.hardware;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.List;

/**
 * Works the inputs of a simulated panel as a finger or a passer-by would, through Pi4J's mock lines.
 * Exists only on simulated hardware ({@link GpioPlatform#simulatedButtons()}).
 */
public final class SimulatedButtons {

    private final List<DigitalInput> answerInputs;
    private final DigitalInput helpInput;
    private final DigitalInput presenceInput;

    SimulatedButtons(Pi4jLines lines) {
        this.answerInputs = List.copyOf(lines.answerInputs);
        this.helpInput = lines.helpInput;
        this.presenceInput = lines.presenceInput;
    }

    /** Presses and releases answer button {@code number} (1-based). */
    public void press(int number) {
        down(number);
        up(number);
    }

    /** Pushes answer button {@code number} down (and keeps it there: a held button). */
    public void down(int number) {
        set(answer(number), DigitalState.HIGH);
    }

    /** Lets answer button {@code number} go. */
    public void up(int number) {
        set(answer(number), DigitalState.LOW);
    }

    /** Presses and releases the help button. */
    public void pressHelp() {
        MockDigitalInput help = (MockDigitalInput) require(helpInput, "no help button is wired");
        help.mockState(DigitalState.HIGH);
        help.mockState(DigitalState.LOW);
    }

    /** The presence sensor sees someone ({@code true}) or no one. */
    public void presence(boolean someone) {
        set((MockDigitalInput) require(presenceInput, "no presence sensor is wired"), DigitalState.getState(someone));
    }

    private MockDigitalInput answer(int number) {
        if (number < 1 || number > answerInputs.size()) {
            throw new IllegalArgumentException(
                    "there is no answer button " + number + "; buttons 1 to " + answerInputs.size() + " are wired");
        }
        return (MockDigitalInput) answerInputs.get(number - 1);
    }

    private static DigitalInput require(DigitalInput input, String missing) {
        if (input == null) {
            throw new IllegalArgumentException(missing);
        }
        return input;
    }

    private static void set(MockDigitalInput input, DigitalState state) {
        input.mockState(state);
    }
}
