package nl.buurtstem.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The panel's GPIO lines on Pi4J; the same class drives gpiod lines on a Pi and Pi4J's mock lines elsewhere.
 * Buttons and the PIR sensor are active high: wired to 3.3 V, with the Pi's pull-down holding them low at rest.
 */
final class Pi4jLines {

    final List<DigitalInput> answerInputs = new ArrayList<>();
    final DigitalInput helpInput;
    final DigitalInput presenceInput;
    final Map<Lamp, DigitalOutput> lamps = new EnumMap<>(Lamp.class);
    final Panel panel;

    Pi4jLines(Context pi4j, PinMap pins, ButtonTiming timing, Clock clock, Delays delays, Screen screen) {
        lamps.put(Lamp.GREEN, output(pi4j, "lampGroen", pins.greenLamp()));
        lamps.put(Lamp.ORANGE, output(pi4j, "lampOranje", pins.orangeLamp()));
        lamps.put(Lamp.RED, output(pi4j, "lampRood", pins.redLamp()));
        panel = new Panel(
                pins, timing, clock, delays, (lamp, on) -> lamps.get(lamp).state(DigitalState.getState(on)), screen);
        long debounceMicros = timing.debounce().toNanos() / 1000;
        for (int i = 0; i < pins.answerButtons().size(); i++) {
            int button = i + 1;
            answerInputs.add(input(
                    pi4j,
                    "antwoordknoppen[" + i + "]",
                    pins.answerButtons().get(i),
                    debounceMicros,
                    down -> panel.answerEdge(button, down)));
        }
        helpInput = pins.helpButton() == null
                ? null
                : input(pi4j, "hulpknop", pins.helpButton(), debounceMicros, panel::helpEdge);
        presenceInput = pins.presenceSensor() == null
                ? null
                : input(pi4j, "aanwezigheid", pins.presenceSensor(), 0, panel::presenceEdge);
        panel.showStatus(LampStatus.FINE);
        panel.onClose(() -> lamps.values().forEach(lamp -> lamp.state(DigitalState.LOW)));
    }

    /** @param entry the part's entry in kiosk.json, also its Pi4J id, so an error names what to fix */
    private static DigitalInput input(
            Context pi4j, String entry, int line, long debounceMicros, Consumer<Boolean> edges) {
        try {
            DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id(entry)
                    .address(line)
                    .pull(PullResistance.PULL_DOWN)
                    .debounce(debounceMicros));
            input.addListener(event -> edges.accept(event.state() == DigitalState.HIGH));
            return input;
        } catch (RuntimeException e) {
            throw cannotOpen(entry, line, e);
        }
    }

    private static DigitalOutput output(Context pi4j, String entry, int line) {
        try {
            return pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                    .id(entry)
                    .address(line)
                    .initial(DigitalState.LOW)
                    .shutdown(DigitalState.LOW));
        } catch (RuntimeException e) {
            throw cannotOpen(entry, line, e);
        }
    }

    private static HardwareConfigException cannotOpen(String entry, int line, RuntimeException cause) {
        HardwareConfigException error = new HardwareConfigException(
                HardwareConfig.PINS + "." + entry,
                "GPIO " + line
                        + " cannot be opened (" + cause.getMessage()
                        + "); is another program using it, or is the kiosk's user "
                        + "missing from the gpio group?");
        error.initCause(cause);
        return error;
    }
}
