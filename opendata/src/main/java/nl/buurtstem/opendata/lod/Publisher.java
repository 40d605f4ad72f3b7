package nl.buurtstem.opendata.lod;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Republishes named graphs shortly after their source changed. Changes that arrive close together
 * (a kiosk's batch, a burst of syncs) are folded into one republication per graph.
 *
 * <p>A node alone on its database writes straight into its TDB2. Nodes sharing a PostgreSQL database write into the
 * database ({@link SharedGraphs}) and each copies every published graph from there into its own TDB2 ({@link Replica}),
 * woken by PostgreSQL's notifications within a moment, and once a second in any case. In a cluster, prefer
 * {@link #publishSoon} (or {@link #publishNow(String, Supplier)}): the content is then built under the graph's lock,
 * so the last node to publish a graph publishes the latest content.
 */
public final class Publisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    private static final long SETTLE_MILLIS = 250;
    /** How many triples a start writes in one transaction at most (about 20 for a million, instead of 360). */
    private static final long BATCH_TRIPLES = 50_000;
    /** How often a node looks for graphs other nodes published, when no notification woke it. */
    private static final Duration FOLLOW_EVERY = Duration.ofSeconds(1);

    private final LinkedData linkedData;
    private final Cluster cluster;
    private final SharedGraphs shared;
    private final Path replicaPosition;
    private final Clock clock;
    private Replica replica;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publisher");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Supplier<Graph>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Cluster.Follower follower;

    private Publisher(LinkedData linkedData, Cluster cluster, SharedGraphs shared, Path replicaPosition, Clock clock) {
        this.linkedData = linkedData;
        this.clock = clock;
        this.cluster = cluster;
        this.shared = shared;
        this.replicaPosition = replicaPosition;
    }

    /**
     * The publisher of a node on {@code db}: straight into {@code linkedData} when the node is alone, through the
     * database when other nodes may share it (then {@link #follow()} must be called once the schema is in place,
     * before anything is published).
     *
     * @param replicaPosition where this node remembers how far its copy follows the database
     */
    public static Publisher create(
            LinkedData linkedData, Database db, Cluster cluster, Path replicaPosition, Clock clock) {
        return cluster.shared()
                ? new Publisher(linkedData, cluster, new SharedGraphs(db, cluster, clock), replicaPosition, clock)
                : new Publisher(linkedData, cluster, null, null, clock);
    }

    /** The tables a shared publication needs (empty on SQLite, but there alike). */
    public static Migrations.Steps schema() {
        return SharedGraphs.SCHEMA;
    }

    /**
     * Brings this node's copy up to date with what other nodes published and keeps it so, in the background. Does
     * nothing for a node alone on its database.
     */
    public void follow() {
        if (shared == null) {
            return;
        }
        replica = Replica.open(linkedData, shared, replicaPosition);
        catchUp();
        follower = cluster.follow(SharedGraphs.CHANNEL, FOLLOW_EVERY, this::catchUp);
    }

    /** Whether this node does {@code job} for the cluster now (always, when it is alone). */
    public boolean leads(String job) {
        return cluster.leads(job);
    }

    /** Tells {@code listener} the IRI of every graph after its content changed here (the dumps follow it). */
    public void onPublished(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Publishes {@code content} as graph {@code graphIri} now, on the caller's thread. */
    public void publishNow(String graphIri, Graph content) {
        write(graphIri, () -> content);
    }

    /** Publishes graph {@code graphIri} now, on the caller's thread, built from the latest data. */
    public void publishNow(String graphIri, Supplier<Graph> content) {
        write(graphIri, content);
    }

    /**
     * Publishes these graphs now, on the caller's thread, each built from the latest data in the given order (a
     * later one may read what building an earlier one kept) and written a batch at a time, in one TDB2 transaction
     * each: used at start, when a node publishes everything again, possibly into an empty TDB2.
     */
    public void publishAllNow(SequencedMap<String, Supplier<Graph>> graphs) {
        if (shared != null) {
            boolean any = false;
            for (var g : graphs.entrySet()) {
                any |= shared.publish(g.getKey(), g.getValue());
            }
            if (any) {
                catchUp();
            }
            return;
        }
        List<LinkedData.Replacement> batch = new ArrayList<>();
        long triples = 0;
        for (var g : graphs.entrySet()) {
            Graph content = g.getValue().get();
            batch.add(new LinkedData.Replacement(g.getKey(), content, clock.instant()));
            triples += content.size();
            // Bounded, so the graphs built but not yet written stay a small part of the heap.
            if (triples >= BATCH_TRIPLES) {
                linkedData.replaceAll(batch).forEach(this::published);
                batch.clear();
                triples = 0;
            }
        }
        linkedData.replaceAll(batch).forEach(this::published);
    }

    /** Publishes the graph within a moment; {@code content} is built then, from the latest data. */
    public void publishSoon(String graphIri, Supplier<Graph> content) {
        if (pending.put(graphIri, content) == null) {
            try {
                worker.schedule(() -> flush(graphIri), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The node is stopping; the database keeps the truth and the next start publishes it.
                pending.remove(graphIri);
            }
        }
    }

    private void flush(String graphIri) {
        Supplier<Graph> content = pending.remove(graphIri);
        if (content == null) {
            return;
        }
        try {
            write(graphIri, content);
        } catch (RuntimeException e) {
            // The database keeps the truth; the next change or restart republishes this graph.
            log.error("could not republish {}", graphIri, e);
        }
    }

    private void write(String graphIri, Supplier<Graph> content) {
        if (shared == null) {
            if (linkedData.replace(graphIri, content.get(), clock.instant())) {
                published(graphIri);
            }
            return;
        }
        if (shared.publish(graphIri, content)) {
            // Through the copy, in the database's order: never over a newer version another node wrote meanwhile.
            catchUp();
        }
    }

    private void catchUp() {
        replica.catchUp().forEach(this::published);
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

    /** Stops copying what other nodes publish: the node is stopping, its features closing. */
    public void stopFollowing() {
        if (follower != null) {
            follower.close();
            follower = null;
        }
    }

    @Override
    public void close() {
        stopFollowing();
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
