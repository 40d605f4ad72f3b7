package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The published RDF, in a TDB2 dataset: one named graph per publication, so republishing one poll
 * replaces exactly its triples. Queries see the union of all graphs as the default graph.
 * It is derived from the central node's database and can always be rebuilt from it.
 *
 * <p>It also remembers when each graph was first published and when its content last really changed (republishing
 * the same content is not a change), across restarts, so documents, dumps and the catalogue can say since when they
 * are as they are.
 */
public final class LinkedData implements AutoCloseable {

    private final DatasetGraph dataset;
    private final Path changesFile;
    private final Path issuesFile;
    private final Map<String, Instant> changed = new ConcurrentHashMap<>();
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();

    private LinkedData(DatasetGraph dataset, Path changesFile, Path issuesFile) {
        this.dataset = dataset;
        this.changesFile = changesFile;
        this.issuesFile = issuesFile;
        read(changesFile, changed);
        read(issuesFile, issued);
    }

    public static LinkedData open(Path directory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LinkedData(
                dataset,
                directory.resolveSibling(directory.getFileName() + "-wijzigingen.properties"),
                directory.resolveSibling(directory.getFileName() + "-uitgegeven.properties"));
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
    public boolean replace(String graphIri, Graph given, Instant when) {
        return !replaceAll(List.of(new Replacement(graphIri, given, when))).isEmpty();
    }

    /** A graph's new content, changed at {@code when}. */
    public record Replacement(String graphIri, Graph content, Instant when) {}

    /**
     * As {@link #replace(String, Graph, Instant)} for each graph, all in one write transaction (none when all are
     * the same as what is published); answers the IRIs of the graphs that changed, in the given order. Each graph's
     * change stays atomic for readers. A node starting on an empty TDB2 publishes hundreds of poll periods: one
     * commit each, with its syncs to disk, made the first publication of a million triples take 28 s instead of 11.
     */
    public List<String> replaceAll(List<Replacement> replacements) {
        List<Replacement> canonical = replacements.stream()
                .map(r -> new Replacement(r.graphIri(), canonical(r.content()), r.when()))
                .toList();
        // Every start publishes every graph again; most are unchanged, and a read costs no commit to disk.
        List<Replacement> differing = Txn.calculateRead(
                dataset,
                () -> canonical.stream()
                        .filter(r -> !same(dataset.getGraph(NodeFactory.createURI(r.graphIri())), r.content()))
                        .toList());
        if (differing.isEmpty()) {
            return List.of();
        }
        List<Replacement> changes = Txn.calculateWrite(
                dataset, () -> differing.stream().filter(this::applyInTxn).toList());
        if (changes.isEmpty()) {
            return List.of();
        }
        changes.forEach(r -> changed.put(r.graphIri(), r.when()));
        write(changesFile, changed, "when each published graph last changed");
        boolean first = false;
        for (Replacement r : changes) {
            first |= issued.putIfAbsent(r.graphIri(), r.when()) == null;
        }
        if (first) {
            write(issuesFile, issued, "when each graph was first published");
        }
        return changes.stream().map(Replacement::graphIri).toList();
    }

    private boolean applyInTxn(Replacement r) {
        var name = NodeFactory.createURI(r.graphIri());
        Graph content = r.content();
        Graph current = dataset.getGraph(name);
        if (hasBlankNodes(content) || hasBlankNodes(current)) {
            if (current.isIsomorphicWith(content)) {
                return false;
            }
            dataset.removeGraph(name);
            dataset.addGraph(name, content);
            return true;
        }
        return applyDifference(current, content);
    }

    /** Whether no graph is published here: a lost or new TDB2 folder. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    /**
     * Makes {@code current} hold exactly {@code content} by deleting and adding only the triples that differ. A poll's
     * graph grows by one closed period at a time: rewriting all its triples (six index entries each) every time cost
     * minutes of CPU a day per million triples, and while it ran the ingest of kiosks' batches waited for the cores
     * (issue 21's profile: 44% of the central node's samples during a catch-up). Without blank nodes, "the same
     * triples" is exactly what isomorphism means.
     */
    private static boolean applyDifference(Graph current, Graph content) {
        if (current.isEmpty()) {
            content.find().forEachRemaining(current::add);
            return !content.isEmpty();
        }
        List<Triple> gone = current.stream().filter(t -> !content.contains(t)).toList();
        List<Triple> added = content.stream().filter(t -> !current.contains(t)).toList();
        gone.forEach(current::delete);
        added.forEach(current::add);
        return !gone.isEmpty() || !added.isEmpty();
    }

    private static boolean same(Graph current, Graph content) {
        if (hasBlankNodes(content) || hasBlankNodes(current)) {
            return current.isIsomorphicWith(content);
        }
        return current.size() == content.size() && content.stream().allMatch(current::contains);
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.stream()
                .anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    /**
     * {@code content} with every xsd:decimal written as TDB2 gives it back ("20000" becomes "20000.0"), so the same
     * figures published again compare as the same content instead of as a change at every start.
     */
    private static Graph canonical(Graph content) {
        boolean decimals = content.stream().anyMatch(t -> isDecimal(t.getObject()));
        if (!decimals) {
            return content;
        }
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(content.getPrefixMapping());
        content.find()
                .forEachRemaining(t -> out.add(
                        isDecimal(t.getObject())
                                ? Triple.create(t.getSubject(), t.getPredicate(), canonicalDecimal(t.getObject()))
                                : t));
        return out;
    }

    private static boolean isDecimal(Node n) {
        return n.isLiteral() && XSDDatatype.XSDdecimal.equals(n.getLiteralDatatype());
    }

    private static Node canonicalDecimal(Node n) {
        try {
            String plain = new BigDecimal(n.getLiteralLexicalForm())
                    .stripTrailingZeros()
                    .toPlainString();
            return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return n;
        }
    }

    /**
     * Removes every graph: this copy is about to be filled again from scratch. When each graph was first published
     * is kept: the data was out there before this copy was.
     */
    public void clear() {
        Txn.executeWrite(dataset, dataset::clear);
        changed.clear();
        write(changesFile, changed, "when each published graph last changed");
    }

    /** When the newest of these graphs last changed, if any change was seen. */
    public Optional<Instant> lastChanged(Collection<String> graphIris) {
        return graphIris.stream().map(changed::get).filter(t -> t != null).max(Instant::compareTo);
    }

    /** When the first of the graphs that {@code belongs} accepts was first published, if any was. */
    public Optional<Instant> firstIssued(Predicate<String> belongs) {
        return issued.entrySet().stream()
                .filter(e -> belongs.test(e.getKey()))
                .map(Map.Entry::getValue)
                .min(Instant::compareTo);
    }

    /** When the newest of the graphs that {@code belongs} accepts last changed, if any change was seen. */
    public Optional<Instant> lastChanged(Predicate<String> belongs) {
        return changed.entrySet().stream()
                .filter(e -> belongs.test(e.getKey()))
                .map(Map.Entry::getValue)
                .max(Instant::compareTo);
    }

    private static void read(Path file, Map<String, Instant> into) {
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        p.forEach((graph, when) -> into.put((String) graph, Instant.parse((String) when)));
    }

    private synchronized void write(Path file, Map<String, Instant> from, String comment) {
        Properties p = new Properties();
        from.forEach((graph, when) -> p.setProperty(graph, when.toString()));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                p.store(out, comment);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
