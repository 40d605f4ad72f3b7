package nl.buurtstem.opendata.wijk;

import java.util.Locale;
import nl.buurtstem.opendata.lod.CbsGebieden;
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
 * taken from (codes are reused across years), linked to CBS's own resource for that wijk in that year (see
 * {@link CbsGebieden} for where that IRI comes from), and lying in the municipality as an area.
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
                .add(
                        w,
                        m.createProperty(Vocab.SKOS, "exactMatch"),
                        m.createResource(CbsGebieden.wijk(wijk.code(), wijk.jaar())))
                .add(w, m.createProperty(Vocab.DCTERMS, "source"), m.createResource(CbsGebieden.kaart(wijk.jaar())));
        Resource gemeente = m.createResource(CbsGebieden.gemeentegebied(iris, wijk.gemeente()));
        m.add(w, m.createProperty(Vocab.SCHEMA, "containedInPlace"), gemeente)
                .add(w, m.createProperty(GEO, "sfWithin"), gemeente)
                .add(w, RDF.type, m.createResource(GEO + "Feature"))
                .add(gemeente, RDF.type, m.createResource(Vocab.SCHEMA + "AdministrativeArea"))
                .add(
                        gemeente,
                        m.createProperty(Vocab.DCTERMS, "identifier"),
                        wijk.gemeente().toUpperCase(Locale.ROOT))
                .add(
                        gemeente,
                        m.createProperty(Vocab.SKOS, "closeMatch"),
                        m.createResource(CbsGebieden.gemeente(wijk.gemeente(), wijk.jaar())));
        return m.getGraph();
    }

    private static final String GEO = Vocab.GEO;
}
