package nl.buurtstem.opendata.wijk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import nl.buurtstem.opendata.lod.CbsGebieden;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
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
    private final ActueleVertalingen vertalingen;

    /** @param vertalingen the gebiedsagenda's translations ("gebiedsagenda/…"), published beside the Dutch */
    public WijkRdf(Iris iris, ActueleVertalingen vertalingen) {
        this.iris = iris;
        this.vertalingen = vertalingen;
    }

    public String graphOf(Wijk wijk) {
        return iris.graph("wijk", wijk.code());
    }

    /**
     * @param grens  the wijk's outer rings as [lon, lat] points, as staff gave them; empty when it has none
     * @param agenda its gebiedsagenda, when staff wrote one
     */
    public Graph graph(Wijk wijk, List<List<double[]>> grens, Optional<Gebiedsagenda> agenda) {
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
        if (!grens.isEmpty()) {
            Resource geometrie = m.createResource(iris.id("wijk", wijk.code()) + "#grens");
            m.add(w, m.createProperty(GEO, "hasGeometry"), geometrie)
                    .add(w, m.createProperty(GEO, "hasDefaultGeometry"), geometrie)
                    .add(geometrie, RDF.type, m.createResource(GEO + "Geometry"))
                    .add(geometrie, m.createProperty(GEO, "asWKT"), m.createTypedLiteral(wkt(grens), WKT));
        }
        agenda.ifPresent(a -> GebiedsagendaRdf.add(m, w, iris.def(""), a, vertalingen.van(a.item(), a.velden())));
        return m.getGraph();
    }

    /**
     * GeoSPARQL's WKT of the outline: a MULTIPOLYGON in longitude/latitude (CRS84, GeoSPARQL's default), each ring
     * closed as WKT requires (thinning may have dropped the closing point).
     */
    static String wkt(List<List<double[]>> grens) {
        StringJoiner polygonen = new StringJoiner(", ", "MULTIPOLYGON (", ")");
        for (List<double[]> ring : grens) {
            StringJoiner punten = new StringJoiner(", ", "((", "))");
            ring.forEach(p -> punten.add(punt(p)));
            double[] eerste = ring.get(0);
            double[] laatste = ring.get(ring.size() - 1);
            if (eerste[0] != laatste[0] || eerste[1] != laatste[1]) {
                punten.add(punt(eerste));
            }
            polygonen.add(punten.toString());
        }
        return polygonen.toString();
    }

    private static String punt(double[] p) {
        return BigDecimal.valueOf(p[0]).toPlainString() + " "
                + BigDecimal.valueOf(p[1]).toPlainString();
    }

    private static final RDFDatatype WKT = new BaseDatatype(Vocab.GEO + "wktLiteral");

    private static final String GEO = Vocab.GEO;
}
