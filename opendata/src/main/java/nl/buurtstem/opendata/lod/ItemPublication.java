package nl.buurtstem.opendata.lod;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Keeps one feature's items (plans, initiatives, wijken ...) published in step with their status: a
 * published item has its graph, a draft none, a withdrawn one only a tombstone that says so.
 */
public final class ItemPublication<T> {

    // What a withdrawn item's IRI still says: what it was, where, and that and when it was withdrawn; not its text,
    // which was taken back for a reason (a mistake, a name that should not have been there).
    private static final List<String> KEPT_WHEN_WITHDRAWN = List.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", Vocab.DCTERMS + "identifier", Vocab.DCTERMS + "spatial");

    private final String soort;
    private final Iris iris;
    private final Supplier<List<T>> all;
    private final Function<String, Optional<T>> find;
    private final Function<T, String> id;
    private final Function<T, Graph> mapping;
    private final Publicatiestatus.Lookup status;
    private final Publisher publisher;
    private final Function<String, T> fromJson;

    /**
     * @param find     a published item by reference (the feature's store holds only published items)
     * @param fromJson reads the last version of a withdrawn item, kept by the status lookup, for its tombstone
     */
    public ItemPublication(
            String soort,
            Iris iris,
            Supplier<List<T>> all,
            Function<String, Optional<T>> find,
            Function<T, String> id,
            Function<T, Graph> mapping,
            Publicatiestatus.Lookup status,
            Publisher publisher,
            Function<String, T> fromJson) {
        this.soort = soort;
        this.iris = iris;
        this.all = all;
        this.find = find;
        this.id = id;
        this.mapping = mapping;
        this.status = status;
        this.publisher = publisher;
        this.fromJson = fromJson;
    }

    public String soort() {
        return soort;
    }

    /** Publishes every item now; used at start. */
    public void publishAll() {
        SequencedMap<String, Supplier<Graph>> graphs = new LinkedHashMap<>();
        for (T item : all.get()) {
            graphs.put(graphOf(id.apply(item)), () -> content(item));
        }
        status.withdrawnJson(soort)
                .forEach((ref, json) -> graphs.put(
                        graphOf(ref),
                        () -> tombstone(
                                iris.id(soort, ref),
                                mapping.apply(fromJson.apply(json)),
                                status.withdrawnAt(soort, ref))));
        publisher.publishAllNow(graphs);
    }

    /** Republishes one item within a moment, after it or its status changed. */
    public void changed(String ref) {
        publisher.publishSoon(graphOf(ref), () -> {
            Optional<T> published = find.apply(ref);
            if (published.isPresent()) {
                return content(published.get());
            }
            String withdrawn = status.withdrawnJson(soort).get(ref);
            return withdrawn == null
                    ? GraphFactory.createDefaultGraph()
                    : tombstone(
                            iris.id(soort, ref),
                            mapping.apply(fromJson.apply(withdrawn)),
                            status.withdrawnAt(soort, ref));
        });
    }

    /** Whether {@code ref} names an item that is or was published (withdrawn items keep their IRI). */
    public boolean exists(String ref) {
        return find.apply(ref).isPresent() || status.withdrawnJson(soort).containsKey(ref);
    }

    public String graphOf(String ref) {
        return iris.graph(soort, ref);
    }

    private Graph content(T item) {
        String ref = id.apply(item);
        return switch (status.of(soort, ref)) {
            case CONCEPT -> GraphFactory.createDefaultGraph();
            case GEPUBLICEERD -> mapping.apply(item);
            case INGETROKKEN -> tombstone(iris.id(soort, ref), mapping.apply(item), status.withdrawnAt(soort, ref));
        };
    }

    /** What a withdrawn thing's page still says: what it was, and that and when it was withdrawn. */
    public static Graph tombstone(String iri, Graph full, Optional<Instant> withdrawnAt) {
        Node subject = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(full.getPrefixMapping());
        for (String p : KEPT_WHEN_WITHDRAWN) {
            full.find(subject, NodeFactory.createURI(p), Node.ANY).forEach(out::add);
        }
        out.add(Triple.create(
                subject, NodeFactory.createURI(Vocab.ADMS + "status"), NodeFactory.createURI(Vocab.STATUS_WITHDRAWN)));
        withdrawnAt.ifPresent(at -> out.add(Triple.create(
                subject,
                NodeFactory.createURI(Vocab.PROV + "invalidatedAtTime"),
                NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime))));
        return out;
    }
}
