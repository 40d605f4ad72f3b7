package nl.buurtstem.hardware;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The panel's behaviour, free of Pi4J: presses filtered, lamps following the status, the screen switched.
 * {@link Pi4jLines} feeds it the edges of real or mock GPIO lines and drives the lamp lines it sets.
 */
final class Panel implements KioskPanel {

    static final Duration CONFIRM_FLASH = Duration.ofMillis(300);
    static final Duration CHECK_BLINK = Duration.ofSeconds(1);

    private final int answerButtons;
    private final boolean hasHelp;
    private final boolean hasPresence;
    private final PressFilter answers;
    private final PressFilter help;
    private final Delays delays;
    private final BiConsumer<Lamp, Boolean> lampLines;
    private final Screen screenLine;
    private final List<PanelListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Lamp, Boolean> lit = new EnumMap<>(Lamp.class);
    private Runnable onClose = () -> {};
    private LampStatus status = LampStatus.FINE;
    private boolean helpDown;
    private boolean someone;
    private ScreenState screen = ScreenState.ON;

    Panel(
            PinMap pins,
            ButtonTiming timing,
            Clock clock,
            Delays delays,
            BiConsumer<Lamp, Boolean> lampLines,
            Screen screenLine) {
        this.answerButtons = pins.answerButtons().size();
        this.hasHelp = pins.helpButton() != null;
        this.hasPresence = pins.presenceSensor() != null;
        this.answers = new PressFilter(answerButtons, timing, clock);
        this.help = new PressFilter(1, new ButtonTiming(timing.debounce(), Duration.ZERO), clock);
        this.delays = delays;
        this.lampLines = lampLines;
        this.screenLine = screenLine;
        for (Lamp lamp : Lamp.values()) {
            lit.put(lamp, false);
        }
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    synchronized void answerEdge(int button, boolean down) {
        listeners.forEach(l -> l.answerButtonChanged(button, down));
        answers.edge(button, down).ifPresent(press -> listeners.forEach(l -> l.answer(press)));
    }

    synchronized void helpEdge(boolean down) {
        helpDown = down;
        listeners.forEach(l -> l.helpButtonChanged(down));
        help.edge(1, down).ifPresent(press -> listeners.forEach(PanelListener::helpPressed));
    }

    synchronized void presenceEdge(boolean seen) {
        if (seen != someone) {
            someone = seen;
            listeners.forEach(l -> l.presenceChanged(seen));
        }
    }

    @Override
    public void addListener(PanelListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void showStatus(LampStatus newStatus) {
        status = newStatus;
        showCurrentStatus();
    }

    @Override
    public synchronized void confirmAnswer() {
        Lamp lamp = Lamp.showing(status);
        set(lamp, false);
        delays.after(CONFIRM_FLASH, this::showCurrentStatus);
    }

    @Override
    public synchronized void blink(Lamp lamp) {
        set(lamp, !lit.get(lamp));
        delays.after(CHECK_BLINK, this::showCurrentStatus);
    }

    @Override
    public synchronized void screen(ScreenState state) {
        if (state != screen) {
            screen = state;
            screenLine.show(state);
            listeners.forEach(l -> l.screenChanged(state));
        }
    }

    @Override
    public synchronized PanelState state() {
        List<Boolean> down = new ArrayList<>();
        for (int b = 1; b <= answerButtons; b++) {
            down.add(answers.isDown(b));
        }
        return new PanelState(down, hasHelp, helpDown, new EnumMap<>(lit), hasPresence, someone, screen);
    }

    @Override
    public int answerButtons() {
        return answerButtons;
    }

    @Override
    public synchronized void close() {
        listeners.clear();
        onClose.run();
    }

    private synchronized void showCurrentStatus() {
        // Off first, then on: two colours are never lit together, which would read as a third state.
        Lamp showing = Lamp.showing(status);
        for (Lamp lamp : Lamp.values()) {
            if (lamp != showing) {
                set(lamp, false);
            }
        }
        set(showing, true);
    }

    private void set(Lamp lamp, boolean on) {
        if (lit.get(lamp) != on) {
            lit.put(lamp, on);
            lampLines.accept(lamp, on);
            listeners.forEach(l -> l.lampChanged(lamp, on));
        }
    }
}
