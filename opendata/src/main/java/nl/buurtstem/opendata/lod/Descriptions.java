package nl.buurtstem.opendata.lod;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the published data says about one thing: its own triples, those of the parts it links to (IRIs
 * below its own, like a plan's phases) and blank nodes they use, plus the labels of what they point to.
 */
public final class Descriptions {

    private static final List<Node> LABELS = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            NodeFactory.createURI(Vocab.DCTERMS + "title"),
            NodeFactory.createURI(Vocab.SCHEMA + "name"));

    private final DatasetGraph dataset;

    public Descriptions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** An empty model when nothing is published about {@code iri}. */
    public Model describe(String iri) {
        Model out = ModelFactory.createDefaultModel();
        Vocab.prefixes(out);
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
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
                Iterator<Triple> it = union.find(subject, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next();
                    target.add(t);
                    if (t.getObject().isBlank()
                            || (t.getObject().isURI() && t.getObject().getURI().startsWith(parts))) {
                        todo.add(t.getObject());
                    }
                }
            }
            addLabels(union, target);
        });
        return out;
    }

    /** Everything in one named graph, for documents that are a whole graph (the catalogue). */
    public Model graph(String graphIri) {
        Model out = ModelFactory.createDefaultModel();
        Vocab.prefixes(out);
        out.setNsPrefix("vcard", Vocab.VCARD);
        Txn.executeRead(
                dataset,
                () -> dataset.getGraph(NodeFactory.createURI(graphIri)).find().forEach(out.getGraph()::add));
        return out;
    }

    private static void addLabels(Graph union, Graph target) {
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
                union.find(o, label, Node.ANY).forEach(target::add);
            }
        }
    }
}
