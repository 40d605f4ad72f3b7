package nl.buurtstem.opendata.lod;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID (W3C Interest Group Note): the whole published data as one void:Dataset (the catalogue's IRI, a dcat:Catalog
 * and so a dataset too), with its size, the vocabularies it uses, its endpoint and URI space, and one subset per
 * catalogue dataset with its dumps.
 */
final class VoidDescription {

    private static final String VOID = ServiceDescription.VOID;

    private final Iris iris;
    private final LinkedData linkedData;
    private final List<DatasetSpec> datasets;

    VoidDescription(Iris iris, LinkedData linkedData, List<DatasetSpec> datasets) {
        this.iris = iris;
        this.linkedData = linkedData;
        this.datasets = List.copyOf(datasets);
    }

    Optional<Instant> lastChanged() {
        return linkedData.lastChanged(graphs());
    }

    Model model() {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("formats", ServiceDescription.FORMATS);
        DatasetGraph dataset = linkedData.dataset();
        Resource all = m.createResource(iris.id("catalogus", "buurtstem"));
        Txn.executeRead(dataset, () -> {
            QuerySolution size = one(
                    dataset,
                    "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) "
                            + "(COUNT(DISTINCT ?p) AS ?properties) WHERE { ?s ?p ?o }");
            QuerySolution classes = one(dataset, "SELECT (COUNT(DISTINCT ?c) AS ?classes) WHERE { ?s a ?c }");
            m.add(all, RDF.type, m.createResource(VOID + "Dataset"))
                    .addLiteral(all, m.createProperty(VOID, "triples"), size.getLiteral("triples"))
                    .addLiteral(all, m.createProperty(VOID, "distinctSubjects"), size.getLiteral("subjects"))
                    .addLiteral(all, m.createProperty(VOID, "properties"), size.getLiteral("properties"))
                    .addLiteral(all, m.createProperty(VOID, "classes"), classes.getLiteral("classes"));
            copyFromCatalogue(dataset, m, all);
            for (String namespace : vocabularies(dataset)) {
                m.add(all, m.createProperty(VOID, "vocabulary"), m.createResource(namespace));
            }
            for (DatasetSpec spec : datasets) {
                Resource subset = m.createResource(iris.id("dataset", spec.slug()));
                m.add(all, m.createProperty(VOID, "subset"), subset);
                m.add(subset, RDF.type, m.createResource(VOID + "Dataset"))
                        .add(subset, m.createProperty(Vocab.DCTERMS, "title"), spec.titel(), "nl")
                        .add(subset, m.createProperty(VOID, "sparqlEndpoint"), m.createResource(iris.base() + "sparql"))
                        .add(
                                subset,
                                m.createProperty(VOID, "triples"),
                                m.createTypedLiteral(BigInteger.valueOf(triples(dataset, spec))));
                for (String ext : Dumps.extensions(spec)) {
                    if (ext.equals(Dumps.CSVW)) {
                        continue; // metadata about the CSV, not a dump of the data
                    }
                    m.add(
                            subset,
                            m.createProperty(VOID, "dataDump"),
                            m.createResource(iris.base() + "dumps/" + spec.slug() + ext));
                }
            }
        });
        m.add(all, m.createProperty(VOID, "sparqlEndpoint"), m.createResource(iris.base() + "sparql"))
                .add(all, m.createProperty(VOID, "uriSpace"), iris.base() + "id/")
                .add(all, m.createProperty(VOID, "rootResource"), all)
                .add(all, m.createProperty(Vocab.FOAF, "homepage"), m.createResource(iris.base()));
        for (String format : new String[] {"Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            m.add(all, m.createProperty(VOID, "feature"), m.createResource(ServiceDescription.FORMATS + format));
        }
        return m;
    }

    /** Title, description, licence and publisher, as the catalogue states them. */
    private static void copyFromCatalogue(DatasetGraph dataset, Model m, Resource all) {
        String query = "PREFIX dct: <" + Vocab.DCTERMS + "> PREFIX foaf: <" + Vocab.FOAF + ">\n"
                + "CONSTRUCT { <" + all.getURI() + "> ?p ?o . ?o foaf:name ?name } WHERE { <" + all.getURI()
                + "> ?p ?o FILTER(?p IN (dct:title, dct:description, dct:license, dct:publisher))"
                + " OPTIONAL { ?o foaf:name ?name } }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(query)
                .build()) {
            m.add(qe.execConstruct());
        }
    }

    private static List<String> vocabularies(DatasetGraph dataset) {
        TreeSet<String> namespaces = new TreeSet<>();
        String query = "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(query)
                .build()) {
            qe.execSelect().forEachRemaining(row -> {
                Node t = row.get("t").asNode();
                if (t.isURI()) {
                    String uri = t.getURI();
                    int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
                    namespaces.add(uri.substring(0, cut + 1));
                }
            });
        }
        return new ArrayList<>(namespaces);
    }

    private long triples(DatasetGraph dataset, DatasetSpec spec) {
        long n = 0;
        for (String graph : graphs()) {
            if (spec.contains(iris, graph)) {
                n += dataset.getGraph(NodeFactory.createURI(graph)).size();
            }
        }
        return n;
    }

    private List<String> graphs() {
        DatasetGraph dataset = linkedData.dataset();
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
            return names;
        });
    }

    private static QuerySolution one(DatasetGraph dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(query)
                .build()) {
            return qe.execSelect().next();
        }
    }
}
