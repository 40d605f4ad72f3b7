package nl.buurtstem.opendata.peiling;

import java.util.List;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The structure of the poll cubes, published once and shared by every poll: the data sets, their data structure
 * definitions, the dimensions and measures, and the code lists.
 */
final class PeilingStructuur {

    private final Iris iris;
    private final Waarnemingsstatus status;
    private final PeilingTermen t;

    PeilingStructuur(Iris iris, Waarnemingsstatus status, PeilingTermen t) {
        this.iris = iris;
        this.status = status;
        this.t = t;
    }

    /** The data set, its structure, its dimensions and code lists: published once, shared by all polls. */
    Graph graph() {
        Model m = PeilingCube.model();
        Resource qbDataSet = m.createResource(Vocab.QB + "DataSet");
        m.add(t.dataSet(), RDF.type, qbDataSet)
                .add(t.dataSet(), m.createProperty(Vocab.QB, "structure"), t.structuur())
                .add(
                        t.dataSet(),
                        m.createProperty(Vocab.DCTERMS, "title"),
                        m.createLiteral("Uitslagen van peilingen", "nl"))
                .add(t.dataSet(), RDFS.label, m.createLiteral("Uitslagen van peilingen", "nl"));
        m.add(t.structuur(), RDF.type, m.createResource(Vocab.QB + "DataStructureDefinition"));
        int order = 1;
        dimension(m, t.structuur(), t.peiling(), "Peiling", m.createResource(iris.def("Peiling")), null, order++);
        dimension(
                m,
                t.structuur(),
                t.optie(),
                "Antwoordoptie",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "antwoordoptie")),
                order++);
        Resource wijk =
                dimension(m, t.structuur(), t.wijk(), "Wijk", m.createResource(iris.def("Wijk")), null, order++);
        m.add(wijk, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refArea"));
        dimension(m, t.structuur(), t.kiosk(), "Kiosk", m.createResource(iris.def("Kiosk")), null, order++);
        dimension(
                m,
                t.structuur(),
                t.kanaal(),
                "Kanaal (scherm of knop)",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "kanaal")),
                order++);
        Resource periode =
                dimension(m, t.structuur(), t.periode(), "Publicatieperiode (begin)", XSD.dateTime, null, order);
        m.add(periode, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refPeriod"))
                .add(
                        periode,
                        RDFS.comment,
                        m.createLiteral(
                                "Het begin van de periode waarin de centrale de antwoorden ontving. Een periode "
                                        + "wordt gepubliceerd als hij voorbij is, en verandert daarna niet meer.",
                                "nl"));

        m.add(t.aantal(), RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(t.aantal(), RDF.type, RDF.Property)
                .add(t.aantal(), RDFS.label, m.createLiteral("Aantal antwoorden", "nl"))
                .add(t.aantal(), RDFS.subPropertyOf, m.createResource(Vocab.SDMX_MEASURE + "obsValue"))
                .add(t.aantal(), RDFS.range, XSD.integer);
        measure(m, t.structuur(), t.aantal());
        // Second measure: presses a kiosk did not count (the same button hammered or repeated too soon), so reusers
        // can compare raw (aantalAntwoorden + aantalOnderdrukt) and filtered figures. Every observation carries both
        // (IC-14).
        m.add(t.onderdrukt(), RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(t.onderdrukt(), RDF.type, RDF.Property)
                .add(t.onderdrukt(), RDFS.label, m.createLiteral("Aantal onderdrukte knopdrukken", "nl"))
                .add(
                        t.onderdrukt(),
                        RDFS.comment,
                        m.createLiteral(
                                "Drukken op dezelfde antwoordknop kort na elkaar: " + "vastgelegd, niet geteld.", "nl"))
                .add(t.onderdrukt(), RDFS.range, XSD.integer);
        measure(m, t.structuur(), t.onderdrukt());
        status.declare(m, t.structuur());
        status.declareCodes(m);
        totaalStructuur(m);
        new PeilingStandCube(iris, t).structuur(m);
        codeList(
                m,
                "kanaal",
                "Kanaal",
                List.of(Kanaal.values()).stream().map(Kanaal::code).toList());
        m.add(
                        m.createResource(iris.id("begrippenkader", "antwoordoptie")),
                        RDF.type,
                        m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(
                        m.createResource(iris.id("begrippenkader", "antwoordoptie")),
                        RDFS.label,
                        m.createLiteral("Antwoordopties van peilingen", "nl"));
        return m.getGraph();
    }

    /** The totals' own structure: the same dimensions without kiosk and channel, answers as the only measure. */
    private void totaalStructuur(Model m) {
        deelset(
                m,
                t,
                t.totalen(),
                t.totaalStructuur(),
                "Totalen van peilingen per wijk en periode",
                List.of(t.peiling(), t.optie(), t.wijk(), t.periode()),
                List.of(t.aantal()));
        status.declare(m, t.totaalStructuur());
    }

    /**
     * A data set that is part of peilingresultaten with a structure of its own (the totals, the standings): its
     * {@code dimensies} in this order and its {@code maten} as measures, the dimensions and measures declared elsewhere.
     */
    static void deelset(
            Model m,
            PeilingTermen t,
            Resource dataSet,
            Resource structuur,
            String titel,
            List<Property> dimensies,
            List<Property> maten) {
        m.add(dataSet, RDF.type, m.createResource(Vocab.QB + "DataSet"))
                .add(dataSet, m.createProperty(Vocab.QB, "structure"), structuur)
                .add(dataSet, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(titel, "nl"))
                .add(dataSet, RDFS.label, m.createLiteral(titel, "nl"))
                .add(dataSet, m.createProperty(Vocab.DCTERMS, "isPartOf"), t.dataSet());
        m.add(structuur, RDF.type, m.createResource(Vocab.QB + "DataStructureDefinition"));
        int order = 1;
        for (Property dim : dimensies) {
            Resource spec = m.createResource(structuur.getURI() + "/" + dim.getLocalName());
            m.add(structuur, m.createProperty(Vocab.QB, "component"), spec)
                    .add(spec, m.createProperty(Vocab.QB, "dimension"), dim)
                    .add(
                            spec,
                            m.createProperty(Vocab.QB, "order"),
                            m.createTypedLiteral(Integer.toString(order++), XSDDatatype.XSDinteger));
        }
        for (Property maat : maten) {
            measure(m, structuur, maat);
        }
    }

    private static void measure(Model m, Resource structuur, Property measure) {
        Resource spec = m.createResource(structuur.getURI() + "/" + measure.getLocalName());
        m.add(structuur, m.createProperty(Vocab.QB, "component"), spec)
                .add(spec, m.createProperty(Vocab.QB, "measure"), measure);
    }

    private Resource dimension(
            Model m, Resource structuur, Property dim, String label, Resource range, Resource codeList, int order) {
        m.add(dim, RDF.type, m.createResource(Vocab.QB + "DimensionProperty"))
                .add(dim, RDF.type, RDF.Property)
                .add(dim, RDFS.label, m.createLiteral(label, "nl"))
                .add(dim, RDFS.range, range);
        if (codeList != null) {
            m.add(dim, RDF.type, m.createResource(Vocab.QB + "CodedProperty"))
                    .add(dim, m.createProperty(Vocab.QB, "codeList"), codeList);
        }
        Resource spec = m.createResource(structuur.getURI() + "/" + dim.getLocalName());
        m.add(structuur, m.createProperty(Vocab.QB, "component"), spec)
                .add(spec, m.createProperty(Vocab.QB, "dimension"), dim)
                .add(
                        spec,
                        m.createProperty(Vocab.QB, "order"),
                        m.createTypedLiteral(Integer.toString(order), XSDDatatype.XSDinteger));
        return dim;
    }

    private void codeList(Model m, String name, String label, List<String> codes) {
        Resource scheme = m.createResource(iris.id("begrippenkader", name));
        m.add(scheme, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(scheme, RDFS.label, m.createLiteral(label, "nl"));
        for (String code : codes) {
            Resource concept = m.createResource(iris.id(name, code));
            m.add(concept, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                    .add(concept, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral(code, "nl"))
                    .add(concept, m.createProperty(Vocab.SKOS, "notation"), code)
                    .add(concept, m.createProperty(Vocab.SKOS, "inScheme"), scheme);
        }
    }
}
