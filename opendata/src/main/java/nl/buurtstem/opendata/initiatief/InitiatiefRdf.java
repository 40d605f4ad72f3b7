package nl.buurtstem.opendata.initiatief;

import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A citizen initiative as linked data (schema:Project). Only what the municipality publishes: the
 * story and how to join through the municipality; never the initiators' own names or contact details.
 */
public final class InitiatiefRdf {

    private final Iris iris;

    public InitiatiefRdf(Iris iris) {
        this.iris = iris;
    }

    public String graphOf(String id) {
        return iris.graph("initiatief", id);
    }

    public Graph graph(Initiatief initiatief) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource i = m.createResource(iris.id("initiatief", initiatief.id()));
        m.add(i, RDF.type, m.createResource(Vocab.SCHEMA + "Project"))
                .add(i, RDF.type, m.createResource(iris.def("Initiatief")))
                .add(i, RDFS.label, m.createLiteral(initiatief.titel(), "nl"))
                .add(i, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(initiatief.titel(), "nl"))
                .add(i, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(initiatief.titel(), "nl"))
                .add(i, m.createProperty(Vocab.DCTERMS, "identifier"), initiatief.id());
        if (initiatief.verhaal() != null) {
            m.add(i, m.createProperty(Vocab.SCHEMA, "description"), m.createLiteral(initiatief.verhaal(), "nl"));
        }
        if (initiatief.meedoen() != null) {
            m.add(i, m.createProperty(iris.def("meedoen")), m.createLiteral(initiatief.meedoen(), "nl"));
        }
        if (initiatief.wijk() != null) {
            m.add(i, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", initiatief.wijk())))
                    .add(
                            i,
                            m.createProperty(Vocab.SCHEMA, "location"),
                            m.createResource(iris.id("wijk", initiatief.wijk())));
        }
        if (initiatief.foto() != null) {
            Resource foto = m.createResource(initiatief.foto().url());
            m.add(i, m.createProperty(Vocab.SCHEMA, "image"), foto)
                    .add(foto, RDF.type, m.createResource(Vocab.SCHEMA + "ImageObject"))
                    .add(
                            foto,
                            m.createProperty(Vocab.SCHEMA, "caption"),
                            m.createLiteral(initiatief.foto().beschrijving(), "nl"));
        }
        if (initiatief.demo()) {
            m.add(i, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echt initiatief.", "nl"));
        }
        return m.getGraph();
    }
}
