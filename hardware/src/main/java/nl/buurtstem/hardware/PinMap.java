package nl.buurtstem.hardware;

import java.util.List;

/**
 * Which BCM GPIO line each part is wired to. The defaults match the wiring guide (docs/hardware/wiring.md).
 *
 * @param answerButtons lines of answer buttons 1..n, in order under the screen
 * @param greenLamp     line of the green status lamp
 * @param orangeLamp    line of the orange status lamp
 * @param redLamp       line of the red status lamp
 */
public record PinMap(List<Integer> answerButtons, int greenLamp, int orangeLamp, int redLamp) {

    public static final int MAX_ANSWER_BUTTONS = 5;

    public PinMap {
        answerButtons = List.copyOf(answerButtons);
        if (answerButtons.isEmpty() || answerButtons.size() > MAX_ANSWER_BUTTONS) {
            throw new IllegalArgumentException(
                    "answerButtons: wire 1 to " + MAX_ANSWER_BUTTONS + " answer buttons, found " + answerButtons.size());
        }
    }

    public static PinMap defaults() {
        return new PinMap(List.of(17, 27, 22, 23, 24), 5, 6, 13);
    }
}
