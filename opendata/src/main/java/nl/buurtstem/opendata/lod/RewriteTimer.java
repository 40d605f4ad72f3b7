package nl.buurtstem.opendata.lod;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Folds a dataset's changes into one rewrite of its dumps, when {@link DumpSchedule} says it is due. */
final class RewriteTimer {

    private final DumpSchedule schedule;
    private final ScheduledExecutorService worker;
    private final Consumer<DatasetSpec> rewrite;
    /** Per dataset (slug), its changes not yet written; a waiting check acts only on the one it was scheduled for. */
    private final Map<String, Unwritten> unwritten = new HashMap<>();

    /** @param rewrite writes a dataset's dumps; runs on {@code worker} */
    RewriteTimer(DumpSchedule schedule, ScheduledExecutorService worker, Consumer<DatasetSpec> rewrite) {
        this.schedule = schedule;
        this.worker = worker;
        this.rewrite = rewrite;
    }

    /** When the first and the latest change not yet in the files came (System.nanoTime). */
    private static final class Unwritten {
        final long first;
        long latest;

        Unwritten(long first, long latest) {
            this.first = first;
            this.latest = latest;
        }
    }

    /** A graph of {@code spec} changed. */
    synchronized void changed(DatasetSpec spec) {
        long at = System.nanoTime();
        Unwritten waiting = unwritten.get(spec.slug());
        if (waiting != null) {
            waiting.latest = at;
            return;
        }
        Unwritten fresh = new Unwritten(at, at);
        unwritten.put(spec.slug(), fresh);
        check(
                spec,
                fresh,
                Math.min(schedule.quiet().toNanos(), schedule.atLatest().toNanos()));
    }

    /** Rewrites {@code spec} at once (at start, or when this node takes over the dumps); a waiting check stands down. */
    synchronized void now(DatasetSpec spec) {
        long at = System.nanoTime();
        Unwritten due = new Unwritten(at - schedule.atLatest().toNanos(), at);
        unwritten.put(spec.slug(), due);
        check(spec, due, 0);
    }

    private void check(DatasetSpec spec, Unwritten changes, long afterNanos) {
        try {
            worker.schedule(() -> dueOrLater(spec, changes), afterNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // The node is stopping; every dump is written again at its next start.
            unwritten.remove(spec.slug());
        }
    }

    private void dueOrLater(DatasetSpec spec, Unwritten changes) {
        synchronized (this) {
            if (unwritten.get(spec.slug()) != changes) {
                return;
            }
            long wait = Math.min(
                            changes.latest + schedule.quiet().toNanos(),
                            changes.first + schedule.atLatest().toNanos())
                    - System.nanoTime();
            if (wait > 0) {
                check(spec, changes, wait);
                return;
            }
            // A change from now on waits for a rewrite of its own, whether or not this one already reads it.
            unwritten.remove(spec.slug());
        }
        rewrite.accept(spec);
    }
}
