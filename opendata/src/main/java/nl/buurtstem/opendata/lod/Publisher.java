package nl.buurtstem.opendata.lod;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Republishes named graphs shortly after their source changed. Changes that arrive close together
 * (a kiosk's batch, a burst of syncs) are folded into one republication per graph.
 */
public final class Publisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    private static final long SETTLE_MILLIS = 250;

    private final LinkedData linkedData;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publisher");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Supplier<Graph>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public Publisher(LinkedData linkedData) {
        this.linkedData = linkedData;
    }

    /** Tells {@code listener} the IRI of every graph after its content changed (the dumps follow it). */
    public void onPublished(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Publishes {@code content} as graph {@code graphIri} now, on the caller's thread. */
    public void publishNow(String graphIri, Graph content) {
        if (linkedData.replace(graphIri, content)) {
            published(graphIri);
        }
    }

    private void published(String graphIri) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(graphIri);
            } catch (RuntimeException e) {
                log.error("a listener failed after {} was published", graphIri, e);
            }
        }
    }

    /** Publishes the graph within a moment; {@code content} is built then, from the latest data. */
    public void publishSoon(String graphIri, Supplier<Graph> content) {
        if (pending.put(graphIri, content) == null) {
            worker.schedule(() -> flush(graphIri), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void flush(String graphIri) {
        Supplier<Graph> content = pending.remove(graphIri);
        if (content == null) {
            return;
        }
        try {
            if (linkedData.replace(graphIri, content.get())) {
                published(graphIri);
            }
        } catch (RuntimeException e) {
            // The database keeps the truth; the next change or restart republishes this graph.
            log.error("could not republish {}", graphIri, e);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
