package nl.buurtstem.opendata.lod;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * What the published data says about one thing: its own triples, those of the parts it links to (IRIs
 * below its own, like a plan's phases) and blank nodes they use, plus the labels of what they point to;
 * and since when that is so.
 */
public final class Descriptions {

    private static final List<Node> LABELS = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            NodeFactory.createURI(Vocab.DCTERMS + "title"),
            NodeFactory.createURI(Vocab.SCHEMA + "name"));

    /**
     * A description, and when the newest graph it was drawn from last changed (empty if never seen to change), with
     * the links that point to it from elsewhere (for its page; not part of the description).
     */
    public record Document(Model model, Optional<Instant> lastChanged, Verwijzingen inkomend) {}

    private final LinkedData linkedData;
    private final DatasetGraph dataset;

    public Descriptions(LinkedData linkedData) {
        this.linkedData = linkedData;
        this.dataset = linkedData.dataset();
    }

    /** An empty model when nothing is published about {@code iri}. */
    public Document describe(String iri) {
        Model out = ModelFactory.createDefaultModel();
        Vocab.prefixes(out);
        Set<String> sources = new HashSet<>();
        Txn.executeRead(dataset, () -> {
            Graph target = out.getGraph();
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            todo.add(NodeFactory.createURI(iri));
            String parts = iri + "/";
            while (!todo.isEmpty()) {
                Node subject = todo.poll();
                if (!seen.add(subject)) {
                    continue;
                }
                Iterator<Quad> it = dataset.findNG(Node.ANY, subject, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    target.add(q.asTriple());
                    sources.add(q.getGraph().getURI());
                    if (q.getObject().isBlank()
                            || (q.getObject().isURI() && q.getObject().getURI().startsWith(parts))) {
                        todo.add(q.getObject());
                    }
                }
            }
            addLabels(target, sources);
        });
        Verwijzingen inkomend = Txn.calculateRead(dataset, () -> Verwijzingen.naar(dataset, iri, LABELS, sources));
        return new Document(out, linkedData.lastChanged(sources), inkomend);
    }

    /** Everything in one named graph, for documents that are a whole graph (the catalogue, the vocabulary). */
    public Document graph(String graphIri) {
        Model out = ModelFactory.createDefaultModel();
        Vocab.prefixes(out);
        out.setNsPrefix("vcard", Vocab.VCARD);
        Txn.executeRead(
                dataset,
                () -> dataset.getGraph(NodeFactory.createURI(graphIri)).find().forEach(out.getGraph()::add));
        return new Document(out, linkedData.lastChanged(List.of(graphIri)), Verwijzingen.geen());
    }

    private void addLabels(Graph target, Set<String> sources) {
        Set<Node> objects = new HashSet<>();
        target.find().forEach(t -> {
            if (t.getObject().isURI()) {
                objects.add(t.getObject());
            }
        });
        for (Node o : objects) {
            if (target.contains(o, Node.ANY, Node.ANY)) {
                continue;
            }
            for (Node label : LABELS) {
                dataset.findNG(Node.ANY, o, label, Node.ANY).forEachRemaining(q -> {
                    target.add(q.asTriple());
                    sources.add(q.getGraph().getURI());
                });
            }
        }
    }
}
