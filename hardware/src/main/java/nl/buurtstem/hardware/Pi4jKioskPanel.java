package nl.buurtstem.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** The kiosk panel on Pi4J digital lines; the same class drives real pins and Pi4J's mock pins. */
final class Pi4jKioskPanel implements KioskPanel {

    private static final long DEBOUNCE_MICROS = 10_000;
    private static final int CONFIRM_FLASH_MILLIS = 300;

    private final List<DigitalInput> answerInputs = new ArrayList<>();
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private final DigitalOutput green;
    private final DigitalOutput orange;
    private final DigitalOutput red;
    private volatile LampStatus status = LampStatus.FINE;

    Pi4jKioskPanel(Context pi4j, PinMap pins) {
        for (int i = 0; i < pins.answerButtons().size(); i++) {
            int answer = i + 1;
            DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id("answer-button-" + answer)
                    .address(pins.answerButtons().get(i))
                    .pull(PullResistance.PULL_DOWN)
                    .debounce(DEBOUNCE_MICROS));
            input.addListener(event -> {
                if (event.state() == DigitalState.HIGH) {
                    listeners.forEach(l -> l.accept(answer));
                }
            });
            answerInputs.add(input);
        }
        green = lamp(pi4j, "lamp-green", pins.greenLamp());
        orange = lamp(pi4j, "lamp-orange", pins.orangeLamp());
        red = lamp(pi4j, "lamp-red", pins.redLamp());
        showStatus(LampStatus.FINE);
    }

    private static DigitalOutput lamp(Context pi4j, String id, int line) {
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(id)
                .address(line)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW));
    }

    @Override
    public void onAnswerPressed(IntConsumer listener) {
        listeners.add(listener);
    }

    @Override
    public void showStatus(LampStatus newStatus) {
        status = newStatus;
        green.state(DigitalState.getState(newStatus == LampStatus.FINE));
        orange.state(DigitalState.getState(newStatus == LampStatus.OFFLINE_WITH_ANSWERS_WAITING));
        red.state(DigitalState.getState(newStatus == LampStatus.FAULT));
    }

    @Override
    public void confirmAnswer() {
        DigitalOutput lamp = switch (status) {
            case FINE -> green;
            case OFFLINE_WITH_ANSWERS_WAITING -> orange;
            case FAULT -> red;
        };
        // Blink the lamp that is on: off briefly, then back to the steady status.
        lamp.pulseAsync(CONFIRM_FLASH_MILLIS, TimeUnit.MILLISECONDS, DigitalState.LOW, () -> {
            showStatus(status);
            return null;
        });
    }

    @Override
    public int answerButtons() {
        return answerInputs.size();
    }

    List<DigitalInput> answerInputs() {
        return List.copyOf(answerInputs);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
