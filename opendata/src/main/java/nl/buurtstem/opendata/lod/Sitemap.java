package nl.buurtstem.opendata.lod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The pages of every published thing, for search engines: one per typed IRI below /id/, not its parts (a plan's
 * phases are on the plan's page) and not the single observations of a data cube.
 */
final class Sitemap {

    /** A sitemap holds at most 50,000 addresses; the fixed pages come first. */
    private static final int MAX_DOCUMENTS = 49_000;

    private static final Node OBSERVATION = NodeFactory.createURI(Vocab.QB + "Observation");

    record Entry(String location, Optional<Instant> lastChanged) {}

    private final Iris iris;
    private final LinkedData linkedData;

    Sitemap(Iris iris, LinkedData linkedData) {
        this.iris = iris;
        this.linkedData = linkedData;
    }

    List<Entry> documents() {
        DatasetGraph dataset = linkedData.dataset();
        String things = iris.base() + "id/";
        TreeMap<String, String> graphOf = new TreeMap<>();
        Map<String, Boolean> observation = new HashMap<>();
        Txn.executeRead(
                dataset,
                () -> dataset.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY)
                        .forEachRemaining(q -> {
                            if (q.getSubject().isURI()
                                    && q.getSubject().getURI().startsWith(things)) {
                                String iri = q.getSubject().getURI();
                                graphOf.putIfAbsent(iri, q.getGraph().getURI());
                                observation.merge(iri, q.getObject().equals(OBSERVATION), Boolean::logicalOr);
                            }
                        }));
        List<Entry> out = new ArrayList<>();
        String thing = null;
        for (Map.Entry<String, String> e : graphOf.entrySet()) {
            String iri = e.getKey();
            if (thing != null && iri.startsWith(thing + "/")) {
                continue;
            }
            thing = iri;
            if (observation.get(iri) || out.size() >= MAX_DOCUMENTS) {
                continue;
            }
            out.add(new Entry(
                    iris.base() + "doc/" + iri.substring(things.length()),
                    linkedData.lastChanged(List.of(e.getValue()))));
        }
        return out;
    }
}
