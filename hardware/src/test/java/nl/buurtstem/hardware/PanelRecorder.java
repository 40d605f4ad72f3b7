package nl.buurtstem.hardware;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the panel did, in order, as short words a test can compare. */
final class PanelRecorder implements PanelListener {

    final List<AnswerPress> presses = new CopyOnWriteArrayList<>();
    final List<String> lamps = new CopyOnWriteArrayList<>();
    final List<String> other = new CopyOnWriteArrayList<>();

    @Override
    public void answer(AnswerPress press) {
        presses.add(press);
    }

    @Override
    public void helpPressed() {
        other.add("help");
    }

    @Override
    public void lampChanged(Lamp lamp, boolean on) {
        lamps.add(lamp.dutch() + (on ? " aan" : " uit"));
    }

    @Override
    public void presenceChanged(boolean someone) {
        other.add(someone ? "iemand" : "niemand");
    }

    @Override
    public void screenChanged(ScreenState state) {
        other.add("scherm " + state);
    }

    List<Integer> counted() {
        return presses.stream()
                .filter(AnswerPress::counted)
                .map(AnswerPress::button)
                .toList();
    }

    List<Integer> suppressed() {
        return presses.stream()
                .filter(p -> !p.counted())
                .map(AnswerPress::button)
                .toList();
    }
}
