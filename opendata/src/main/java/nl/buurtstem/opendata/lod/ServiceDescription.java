package nl.buurtstem.opendata.lod;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description a client gets at /sparql when it asks for RDF rather than a query page: what
 * the endpoint speaks, in which formats it answers, and where the data it serves is described (the catalogue's
 * dcat:endpointDescription points here).
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String VOID = "http://rdfs.org/ns/void#";

    private ServiceDescription() {}

    static Model of(Iris iris, SparqlEndpoint.Limits limits, ServiceAllowList services) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("void", VOID);
        Resource document = m.createResource(iris.base() + "sparql");
        Resource service = m.createResource(iris.id("dataservice", "sparql"));
        Resource dataset = m.createResource(iris.id("catalogus", "buurtstem"));
        m.add(document, m.createProperty(Vocab.FOAF, "primaryTopic"), service);
        m.add(service, RDF.type, m.createResource(SD + "Service"))
                .add(service, m.createProperty(SD, "endpoint"), document)
                .add(service, m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .add(service, m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .add(
                        service,
                        m.createProperty(SD, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .add(service, RDFS.label, m.createLiteral("SPARQL 1.1-endpoint van Buurtstem", "nl"))
                .add(service, RDFS.label, m.createLiteral("Buurtstem SPARQL 1.1 endpoint", "en"))
                .add(
                        service,
                        RDFS.comment,
                        m.createLiteral(
                                "Alleen lezen. Een antwoord heeft hoogstens " + limits.maxResults()
                                        + " rijen of triples; een query stopt na "
                                        + limits.timeout().toMillis()
                                        + " ms. De standaardgraaf is de vereniging van alle benoemde grafen.",
                                "nl"))
                .add(
                        service,
                        RDFS.comment,
                        m.createLiteral(
                                "Read-only. An answer has at most " + limits.maxResults()
                                        + " rows or triples; a query stops after "
                                        + limits.timeout().toMillis()
                                        + " ms. The default graph is the union of all named graphs.",
                                "en"));
        if (!services.endpoints().isEmpty()) {
            m.add(service, m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        for (String format : new String[] {
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "JSON-LD",
            "RDF_XML",
            "N-Triples"
        }) {
            m.add(service, m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, m.createLiteral("De vereniging van alle benoemde grafen.", "nl"));
        m.add(service, m.createProperty(SD, "defaultDataset"), dataset)
                .add(dataset, RDF.type, m.createResource(SD + "Dataset"))
                .add(dataset, m.createProperty(SD, "defaultGraph"), defaultGraph)
                .add(dataset, RDFS.seeAlso, m.createResource(iris.base() + ".well-known/void"));
        return m;
    }
}
