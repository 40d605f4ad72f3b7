package nl.buurtstem.hardware;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which BCM GPIO line each part is wired to. The defaults match the wiring guide (docs/hardware/wiring.md).
 * Every line must be a header GPIO (BCM 2 to 27) and used once; an error names the entry as kiosk.json spells it.
 *
 * @param answerButtons  lines of answer buttons 1..n, in order under the screen (1 to 5)
 * @param helpButton     line of the help (read-aloud) button, or null when none is wired
 * @param greenLamp      line of the green status lamp
 * @param orangeLamp     line of the orange status lamp
 * @param redLamp        line of the red status lamp
 * @param presenceSensor line of the PIR presence sensor's output, or null when none is wired
 */
public record PinMap(
        List<Integer> answerButtons,
        Integer helpButton,
        int greenLamp,
        int orangeLamp,
        int redLamp,
        Integer presenceSensor) {

    public static final int MAX_ANSWER_BUTTONS = 5;
    static final int FIRST_LINE = 2;
    static final int LAST_LINE = 27;

    public PinMap {
        answerButtons = List.copyOf(answerButtons);
        if (answerButtons.isEmpty() || answerButtons.size() > MAX_ANSWER_BUTTONS) {
            throw new HardwareConfigException(
                    HardwareConfig.PINS + ".antwoordknoppen",
                    "wire 1 to " + MAX_ANSWER_BUTTONS + " answer buttons, found " + answerButtons.size());
        }
        Map<Integer, String> used = new LinkedHashMap<>();
        for (int i = 0; i < answerButtons.size(); i++) {
            claim(used, "antwoordknoppen[" + i + "]", answerButtons.get(i));
        }
        claim(used, "hulpknop", helpButton);
        claim(used, "lampGroen", greenLamp);
        claim(used, "lampOranje", orangeLamp);
        claim(used, "lampRood", redLamp);
        claim(used, "aanwezigheid", presenceSensor);
    }

    /** The wiring guide's pin table. */
    public static PinMap defaults() {
        return new PinMap(List.of(17, 27, 22, 23, 24), 25, 5, 6, 13, 4);
    }

    private static void claim(Map<Integer, String> used, String entry, Integer line) {
        if (line == null) {
            return;
        }
        String name = HardwareConfig.PINS + "." + entry;
        if (line < FIRST_LINE || line > LAST_LINE) {
            throw new HardwareConfigException(
                    name,
                    line + " is not a GPIO line on the Raspberry Pi header; use BCM " + FIRST_LINE + " to " + LAST_LINE
                            + " (see docs/hardware/wiring.md)");
        }
        String earlier = used.putIfAbsent(line, name);
        if (earlier != null) {
            throw new HardwareConfigException(name, "GPIO " + line + " is already used by " + earlier);
        }
    }
}
