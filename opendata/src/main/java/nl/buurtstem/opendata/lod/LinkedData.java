package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The published RDF, in a TDB2 dataset: one named graph per publication, so republishing one poll
 * replaces exactly its triples. Queries see the union of all graphs as the default graph.
 * It is derived from the central node's database and can always be rebuilt from it.
 *
 * <p>It also remembers when each graph's content last really changed (republishing the same content is not a
 * change), across restarts, so documents and dumps can say since when they are as they are.
 */
public final class LinkedData implements AutoCloseable {

    private final DatasetGraph dataset;
    private final Path changesFile;
    private final Map<String, Instant> changed = new ConcurrentHashMap<>();

    private LinkedData(DatasetGraph dataset, Path changesFile) {
        this.dataset = dataset;
        this.changesFile = changesFile;
        readChanges();
    }

    public static LinkedData open(Path directory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LinkedData(dataset, directory.resolveSibling(directory.getFileName() + "-wijzigingen.properties"));
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Replaces the named graph {@code graphIri} with {@code content}, atomically for readers; answers false, and
     * leaves the graph untouched, when the content is the same as what is published.
     */
    public boolean replace(String graphIri, Graph content) {
        return replace(graphIri, content, Instant.now());
    }

    /** As {@link #replace(String, Graph)}, for a change made at {@code when} (by another central node, perhaps). */
    public boolean replace(String graphIri, Graph content, Instant when) {
        var name = NodeFactory.createURI(graphIri);
        boolean differs = Txn.calculateWrite(dataset, () -> {
            Graph current = dataset.getGraph(name);
            if (current.isIsomorphicWith(content)) {
                return false;
            }
            dataset.removeGraph(name);
            dataset.addGraph(name, content);
            return true;
        });
        if (differs) {
            changed.put(graphIri, when);
            writeChanges();
        }
        return differs;
    }

    /** Removes every graph: this copy is about to be filled again from scratch. */
    public void clear() {
        Txn.executeWrite(dataset, dataset::clear);
        changed.clear();
        writeChanges();
    }

    /** When the newest of these graphs last changed, if any change was seen. */
    public Optional<Instant> lastChanged(Collection<String> graphIris) {
        return graphIris.stream().map(changed::get).filter(t -> t != null).max(Instant::compareTo);
    }

    private void readChanges() {
        if (!Files.exists(changesFile)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(changesFile)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + changesFile, e);
        }
        p.forEach((graph, when) -> changed.put((String) graph, Instant.parse((String) when)));
    }

    private synchronized void writeChanges() {
        Properties p = new Properties();
        changed.forEach((graph, when) -> p.setProperty(graph, when.toString()));
        Path partial = changesFile.resolveSibling(changesFile.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                p.store(out, "when each published graph last changed");
            }
            Files.move(partial, changesFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + changesFile, e);
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
