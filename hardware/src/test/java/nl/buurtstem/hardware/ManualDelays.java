package nl.buurtstem.hardware;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps delayed tasks until the test says their time has come. */
final class ManualDelays implements Delays {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        waiting.add(task);
    }

    /** Runs everything that was waiting, as if the delays had passed. */
    void elapse() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(waiting);
            waiting.clear();
        }
        due.forEach(Runnable::run);
    }
}
