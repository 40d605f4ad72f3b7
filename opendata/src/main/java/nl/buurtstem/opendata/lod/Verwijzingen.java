package nl.buurtstem.opendata.lod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The links that point to a published thing from elsewhere in the data (a proposal that grew from an idea, the
 * evaluation of a plan), so its page shows where it is mentioned as well as what it mentions. Links from its own parts
 * are left out: they are on the page already. A poll's cube observations point to it by the hundred, so a page shows
 * the first few per kind of link and says how many there are.
 *
 * @param links  the links shown, by property, then by the label of what links
 * @param totaal how many things link here in all
 */
public record Verwijzingen(List<Link> links, int totaal) {

    /** One thing that links here: its IRI and label, and the property it links by. */
    public record Link(String van, String label, String via) {}

    static final int PER_SOORT = 20;

    public static Verwijzingen geen() {
        return new Verwijzingen(List.of(), 0);
    }

    /** Inside a read transaction on {@code dataset}; adds the graphs it read to {@code sources}. */
    static Verwijzingen naar(DatasetGraph dataset, String iri, List<Node> labels, Set<String> sources) {
        Node target = NodeFactory.createURI(iri);
        Map<String, Map<String, Quad>> perVia = new LinkedHashMap<>();
        int totaal = 0;
        Iterator<Quad> it = dataset.findNG(Node.ANY, Node.ANY, Node.ANY, target);
        while (it.hasNext()) {
            Quad q = it.next();
            Node s = q.getSubject();
            if (!s.isURI() || s.getURI().equals(iri) || s.getURI().startsWith(iri + "/")) {
                continue;
            }
            Map<String, Quad> van = perVia.computeIfAbsent(q.getPredicate().getURI(), k -> new LinkedHashMap<>());
            if (van.putIfAbsent(s.getURI(), q) == null) {
                totaal++;
                sources.add(q.getGraph().getURI());
            }
        }
        List<Link> links = new ArrayList<>();
        perVia.forEach((via, van) -> van.keySet().stream()
                .map(s -> new Link(s, label(dataset, s, labels), via))
                .sorted(Comparator.comparing(Link::label).thenComparing(Link::van))
                .limit(PER_SOORT)
                .forEach(links::add));
        links.sort(Comparator.comparing(Link::via));
        return new Verwijzingen(List.copyOf(links), totaal);
    }

    private static String label(DatasetGraph dataset, String iri, List<Node> labels) {
        Node s = NodeFactory.createURI(iri);
        for (Node p : labels) {
            Iterator<Quad> it = dataset.findNG(Node.ANY, s, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
        }
        return iri;
    }
}
