package nl.buurtstem.opendata.lod;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Republishes graphs whose source changes without telling us (ballots counted by another feature's event
 * handler): every few seconds their content is rebuilt and published only when it differs.
 */
public final class PeriodicPublication implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicPublication.class);

    private final Publisher publisher;
    private final Supplier<Map<String, Graph>> graphs;
    private final Map<String, Graph> last = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "periodic-publication");
        t.setDaemon(true);
        return t;
    });

    /** @param graphs the current content, by graph IRI */
    public PeriodicPublication(Publisher publisher, Supplier<Map<String, Graph>> graphs) {
        this.publisher = publisher;
        this.graphs = graphs;
    }

    /** Publishes now, then checks every {@code seconds}. */
    public void start(long seconds) {
        publishChanged();
        worker.scheduleWithFixedDelay(this::safely, seconds, seconds, TimeUnit.SECONDS);
    }

    private void safely() {
        try {
            publishChanged();
        } catch (RuntimeException e) {
            log.error("periodic republication failed; trying again", e);
        }
    }

    private void publishChanged() {
        if (!publisher.leads("periodieke-publicatie")) {
            // Another central node on the same database publishes these; should it stop, this one starts afresh.
            last.clear();
            return;
        }
        graphs.get().forEach((iri, graph) -> {
            Graph before = last.get(iri);
            if (before == null || !before.isIsomorphicWith(graph)) {
                publisher.publishNow(iri, graph);
                last.put(iri, graph);
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
