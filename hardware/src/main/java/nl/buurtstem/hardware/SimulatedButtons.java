package nl.buurtstem.hardware;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.List;

/** Presses the answer buttons of a simulated panel, as a finger would: down, then up. */
public final class SimulatedButtons {

    private final List<DigitalInput> answerInputs;

    SimulatedButtons(List<DigitalInput> answerInputs) {
        this.answerInputs = answerInputs;
    }

    /** Presses and releases answer button {@code number} (1-based). */
    public void press(int number) {
        if (number < 1 || number > answerInputs.size()) {
            throw new IllegalArgumentException(
                    "there is no answer button " + number + "; buttons 1 to " + answerInputs.size() + " are wired");
        }
        MockDigitalInput input = (MockDigitalInput) answerInputs.get(number - 1);
        input.mockState(DigitalState.HIGH);
        input.mockState(DigitalState.LOW);
    }
}
