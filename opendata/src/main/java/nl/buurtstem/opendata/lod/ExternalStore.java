package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every graph also into a standalone SPARQL 1.1 store, for a public endpoint that one JVM cannot serve:
 * each changed graph is PUT with the Graph Store Protocol, an emptied one dropped with SPARQL Update. Tested against
 * Apache Jena Fuseki; any store with both protocols will do. The node's own TDB2 stays the source: the store gets
 * the graph as it is here when its turn comes, so a burst of changes to one graph is one PUT, and the store never
 * gets an older version after a newer one. Of several central nodes on one database, one feeds the store.
 *
 * <pre>{@code
 * ./buurtstem central --sparql-store http://fuseki.intern:3030/buurtstem   # uses /data, /update and /query there
 * }</pre>
 */
public final class ExternalStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExternalStore.class);
    private static final long RETRY_SECONDS = 5;

    private final String dataset;
    private final DatasetGraph local;
    private final BooleanSupplier leading;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sparql-store");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean led;
    private volatile boolean inSync;

    /**
     * @param dataset the store's dataset URL, as Fuseki names it (http://host:3030/buurtstem): its Graph Store
     *     Protocol at /data, SPARQL Update at /update and SPARQL Query at /query
     * @param leading whether this node feeds the store now
     */
    public ExternalStore(String dataset, DatasetGraph local, BooleanSupplier leading) {
        this.dataset = dataset.replaceAll("/+$", "");
        this.local = local;
        this.leading = leading;
    }

    /** Brings the store in step with every graph here, then follows changes; a node taking over does the same. */
    public void start() {
        worker.scheduleWithFixedDelay(this::round, 0, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    /** A graph's content changed here: it goes to the store within a moment. */
    public void changed(String graphIri) {
        if (dirty.add(graphIri)) {
            worker.execute(this::sendDirty);
        }
    }

    private void round() {
        boolean now = leading.getAsBoolean();
        if (now && (!led || !inSync)) {
            try {
                synchronise();
                inSync = true;
            } catch (RuntimeException e) {
                log.warn("cannot bring the SPARQL store at {} in step yet: {}", dataset, e.getMessage());
            }
        }
        led = now;
        if (now) {
            sendDirty();
        }
    }

    /** Every graph here put there, and graphs there that are gone here dropped. */
    private void synchronise() {
        Set<String> here = new HashSet<>();
        Txn.executeRead(local, () -> local.listGraphNodes().forEachRemaining(n -> here.add(n.getURI())));
        for (String graph : here) {
            send(graph);
        }
        for (String graph : graphsThere()) {
            if (!here.contains(graph)) {
                drop(graph);
            }
        }
        log.info("the SPARQL store at {} holds the {} published graphs", dataset, here.size());
    }

    private void sendDirty() {
        if (!led || !inSync) {
            return;
        }
        for (String graph : Set.copyOf(dirty)) {
            dirty.remove(graph);
            try {
                send(graph);
            } catch (RuntimeException e) {
                dirty.add(graph);
                log.warn("could not send {} to the SPARQL store; trying again: {}", graph, e.getMessage());
                return;
            }
        }
    }

    private void send(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        Path body = null;
        try {
            body = Files.createTempFile("buurtstem-graph-", ".nt");
            boolean empty;
            try (OutputStream out = Files.newOutputStream(body)) {
                empty = Txn.calculateRead(local, () -> {
                    Graph g = local.getGraph(name);
                    if (g.isEmpty()) {
                        return true;
                    }
                    RDFDataMgr.write(out, g, Lang.NTRIPLES);
                    return false;
                });
            }
            if (empty) {
                drop(graphIri);
                return;
            }
            expect(
                    http.send(
                            HttpRequest.newBuilder(URI.create(dataset + "/data?graph=" + encode(graphIri)))
                                    .header("Content-Type", "application/n-triples")
                                    .PUT(HttpRequest.BodyPublishers.ofFile(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()),
                    "PUT " + graphIri);
        } catch (IOException e) {
            throw new UncheckedIOException("the SPARQL store at " + dataset + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (body != null) {
                try {
                    Files.deleteIfExists(body);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it
                }
            }
        }
    }

    private void drop(String graphIri) {
        try {
            expect(
                    http.send(
                            HttpRequest.newBuilder(URI.create(dataset + "/update"))
                                    .header("Content-Type", "application/sparql-update")
                                    .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <" + graphIri + ">"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()),
                    "DROP " + graphIri);
        } catch (IOException e) {
            throw new UncheckedIOException("the SPARQL store at " + dataset + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Set<String> graphsThere() {
        Set<String> graphs = new HashSet<>();
        try (QueryExecutionHTTP q = QueryExecutionHTTP.service(dataset + "/query")
                .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
                .build()) {
            q.execSelect()
                    .forEachRemaining(
                            (QuerySolution s) -> graphs.add(s.getResource("g").getURI()));
        }
        return graphs;
    }

    private static void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
