package nl.buurtstem.opendata.wijk;

import java.util.Locale;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A wijk as linked data: keyed by its CBS code, with the year of the CBS Wijk- en Buurtkaart the code is
 * taken from (codes are reused across years), in its municipality as TOOI names it.
 */
public final class WijkRdf {

    private final Iris iris;

    public WijkRdf(Iris iris) {
        this.iris = iris;
    }

    public String graphOf(Wijk wijk) {
        return iris.graph("wijk", wijk.code());
    }

    public Graph graph(Wijk wijk) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource w = m.createResource(iris.id("wijk", wijk.code()));
        m.add(w, RDF.type, m.createResource(Vocab.SCHEMA + "Place"))
                .add(w, RDF.type, m.createResource(iris.def("Wijk")))
                .add(w, RDFS.label, m.createLiteral(wijk.naam(), "nl"))
                .add(w, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(wijk.naam(), "nl"))
                .add(w, m.createProperty(Vocab.DCTERMS, "identifier"), wijk.code())
                .add(w, m.createProperty(Vocab.SKOS, "notation"), wijk.code())
                .add(
                        w,
                        m.createProperty(iris.def("cbsJaar")),
                        m.createTypedLiteral(Integer.toString(wijk.jaar()), XSDDatatype.XSDgYear))
                .add(w, m.createProperty(Vocab.SCHEMA, "containedInPlace"), gemeente(m, wijk.gemeente()));
        return m.getGraph();
    }

    /** The municipality in TOOI, the Dutch government's register of organisations. */
    public static Resource gemeente(Model m, String gemeentecode) {
        return m.createResource(Vocab.TOOI_GEMEENTE + gemeentecode.toLowerCase(Locale.ROOT));
    }
}
