package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Poll results as W3C Data Cubes, per closed publication period: "peilingresultaten" has one observation per poll,
 * answer option, wijk, kiosk, channel and period; "peilingtotalen" has, per poll, option, wijk and period, their
 * total. Held-back figures carry obsStatus and confStatus (see {@link Celbeveiliging}). Observation URIs are minted
 * from their dimension values, so the same cell is always one node, and a closed period's cells never change.
 */
public final class PeilingCube {

    private final Iris iris;
    private final Waarnemingsstatus status;
    private final Resource dataSet;
    private final Resource structure;
    private final Resource totalen;
    private final Resource totaalStructuur;
    private final Property peilingDim;
    private final Property optieDim;
    private final Property wijkDim;
    private final Property kioskDim;
    private final Property kanaalDim;
    private final Property periodeDim;
    private final Property aantal;
    private final Property onderdrukt;

    public PeilingCube(Iris iris) {
        this(iris, Waarnemingsstatus.DEFAULT_THRESHOLD);
    }

    /** @param drempel counts below this (and above zero) are published only as suppressed (obsStatus), never as a number */
    public PeilingCube(Iris iris, int drempel) {
        this.iris = iris;
        this.status = new Waarnemingsstatus(iris, drempel);
        Model m = ModelFactory.createDefaultModel();
        dataSet = m.createResource(iris.id("dataset", "peilingresultaten"));
        structure = m.createResource(iris.def("peilingresultaat-structuur"));
        totalen = m.createResource(iris.id("dataset", "peilingtotalen"));
        totaalStructuur = m.createResource(iris.def("peilingtotaal-structuur"));
        peilingDim = m.createProperty(iris.def("peiling"));
        optieDim = m.createProperty(iris.def("antwoordoptie"));
        wijkDim = m.createProperty(iris.def("wijk"));
        kioskDim = m.createProperty(iris.def("kiosk"));
        kanaalDim = m.createProperty(iris.def("kanaal"));
        periodeDim = m.createProperty(iris.def("periode"));
        aantal = m.createProperty(iris.def("aantalAntwoorden"));
        onderdrukt = m.createProperty(iris.def("aantalOnderdrukt"));
    }

    public String graphOf(String peiling) {
        return iris.graph("peiling", peiling);
    }

    public String structureGraph() {
        return iris.graph("def", "peilingresultaten");
    }

    /** The data set, its structure, its dimensions and code lists: published once, shared by all polls. */
    public Graph structure() {
        Model m = model();
        Resource qbDataSet = m.createResource(Vocab.QB + "DataSet");
        m.add(dataSet, RDF.type, qbDataSet)
                .add(dataSet, m.createProperty(Vocab.QB, "structure"), structure)
                .add(
                        dataSet,
                        m.createProperty(Vocab.DCTERMS, "title"),
                        m.createLiteral("Uitslagen van peilingen", "nl"))
                .add(dataSet, RDFS.label, m.createLiteral("Uitslagen van peilingen", "nl"));
        m.add(structure, RDF.type, m.createResource(Vocab.QB + "DataStructureDefinition"));
        int order = 1;
        dimension(m, structure, peilingDim, "Peiling", m.createResource(iris.def("Peiling")), null, order++);
        dimension(
                m,
                structure,
                optieDim,
                "Antwoordoptie",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "antwoordoptie")),
                order++);
        Resource wijk = dimension(m, structure, wijkDim, "Wijk", m.createResource(iris.def("Wijk")), null, order++);
        m.add(wijk, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refArea"));
        dimension(m, structure, kioskDim, "Kiosk", m.createResource(iris.def("Kiosk")), null, order++);
        dimension(
                m,
                structure,
                kanaalDim,
                "Kanaal (scherm of knop)",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "kanaal")),
                order++);
        Resource periode = dimension(m, structure, periodeDim, "Publicatieperiode (begin)", XSD.dateTime, null, order);
        m.add(periode, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refPeriod"))
                .add(
                        periode,
                        RDFS.comment,
                        m.createLiteral(
                                "Het begin van de periode waarin de centrale de antwoorden ontving. Een periode "
                                        + "wordt gepubliceerd als hij voorbij is, en verandert daarna niet meer.",
                                "nl"));

        m.add(aantal, RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(aantal, RDF.type, RDF.Property)
                .add(aantal, RDFS.label, m.createLiteral("Aantal antwoorden", "nl"))
                .add(aantal, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_MEASURE + "obsValue"))
                .add(aantal, RDFS.range, XSD.integer);
        measure(m, structure, aantal);
        // Second measure: presses a kiosk did not count (the same button hammered or repeated too soon), so reusers
        // can compare raw (aantalAntwoorden + aantalOnderdrukt) and filtered figures. Every observation carries both
        // (IC-14).
        m.add(onderdrukt, RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(onderdrukt, RDF.type, RDF.Property)
                .add(onderdrukt, RDFS.label, m.createLiteral("Aantal onderdrukte knopdrukken", "nl"))
                .add(
                        onderdrukt,
                        RDFS.comment,
                        m.createLiteral(
                                "Drukken op dezelfde antwoordknop kort na elkaar: " + "vastgelegd, niet geteld.", "nl"))
                .add(onderdrukt, RDFS.range, XSD.integer);
        measure(m, structure, onderdrukt);
        status.declare(m, structure);
        status.declareCodes(m);
        totaalStructuur(m);
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

    /**
     * One poll: the poll itself, its answer options, one observation per cell of its closed periods (counted answers
     * and uncounted presses) and one per total, each held back as {@code uitslag} says.
     */
    public Graph publication(Peiling peiling, BeschermdeUitslag uitslag) {
        Model m = model();
        Resource poll = m.createResource(iris.id("peiling", peiling.id()));
        m.add(poll, RDF.type, m.createResource(iris.def("Peiling")))
                .add(poll, RDFS.label, m.createLiteral(peiling.vraag(), "nl"))
                .add(poll, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(peiling.vraag(), "nl"))
                .add(poll, m.createProperty(Vocab.DCTERMS, "identifier"), peiling.id());
        if (peiling.wijk() != null) {
            m.add(poll, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", peiling.wijk())));
        }
        if (peiling.demo()) {
            m.add(poll, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echte peiling.", "nl"));
        }
        Resource scheme = m.createResource(iris.id("begrippenkader", "antwoordoptie"));
        for (int i = 1; i <= peiling.opties().size(); i++) {
            Resource option = optie(m, peiling.id(), i);
            m.add(option, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                    .add(
                            option,
                            m.createProperty(Vocab.SKOS, "prefLabel"),
                            m.createLiteral(peiling.opties().get(i - 1), "nl"))
                    .add(option, m.createProperty(Vocab.SKOS, "notation"), Integer.toString(i))
                    .add(option, m.createProperty(Vocab.SKOS, "inScheme"), scheme);
        }
        for (BeschermdeUitslag.BeschermdeCel c : uitslag.cellen()) {
            observation(m, peiling.id(), c);
        }
        for (BeschermdeUitslag.Totaal t : uitslag.totalen()) {
            totaal(m, peiling.id(), t);
        }
        return m.getGraph();
    }

    private void observation(Model m, String peiling, BeschermdeUitslag.BeschermdeCel beschermd) {
        Cel c = beschermd.cel();
        String wijk = wijk(c.wijk());
        Resource obs = m.createResource(iris.id(
                "observatie",
                "peilingresultaten",
                peiling,
                Integer.toString(c.optie()),
                wijk,
                c.kioskId(),
                c.kanaal().code(),
                sleutel(c.periode())));
        m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), dataSet)
                .add(obs, peilingDim, m.createResource(iris.id("peiling", peiling)))
                .add(obs, optieDim, optie(m, peiling, c.optie()))
                .add(obs, wijkDim, m.createResource(iris.id("wijk", wijk)))
                .add(obs, kioskDim, m.createResource(iris.id("kiosk", c.kioskId())))
                .add(
                        obs,
                        kanaalDim,
                        m.createResource(iris.id("kanaal", c.kanaal().code())))
                .add(obs, periodeDim, periode(m, c.periode()))
                .add(obs, aantal, m.createTypedLiteral(Long.toString(c.antwoorden()), XSDDatatype.XSDinteger))
                .add(obs, onderdrukt, m.createTypedLiteral(Long.toString(c.onderdrukt()), XSDDatatype.XSDinteger));
        status.mark(m, obs, beschermd.beveiliging(), aantal, onderdrukt);
    }

    private void totaal(Model m, String peiling, BeschermdeUitslag.Totaal t) {
        String wijk = wijk(t.wijk());
        Resource obs = m.createResource(iris.id(
                "observatie", "peilingtotalen", peiling, Integer.toString(t.optie()), wijk, sleutel(t.periode())));
        m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), totalen)
                .add(obs, peilingDim, m.createResource(iris.id("peiling", peiling)))
                .add(obs, optieDim, optie(m, peiling, t.optie()))
                .add(obs, wijkDim, m.createResource(iris.id("wijk", wijk)))
                .add(obs, periodeDim, periode(m, t.periode()))
                .add(obs, aantal, m.createTypedLiteral(Long.toString(t.antwoorden()), XSDDatatype.XSDinteger));
        status.mark(m, obs, t.beveiliging(), aantal);
    }

    /** The totals' own structure: the same dimensions without kiosk and channel, answers as the only measure. */
    private void totaalStructuur(Model m) {
        m.add(totalen, RDF.type, m.createResource(Vocab.QB + "DataSet"))
                .add(totalen, m.createProperty(Vocab.QB, "structure"), totaalStructuur)
                .add(
                        totalen,
                        m.createProperty(Vocab.DCTERMS, "title"),
                        m.createLiteral("Totalen van peilingen per wijk en periode", "nl"))
                .add(totalen, RDFS.label, m.createLiteral("Totalen van peilingen per wijk en periode", "nl"))
                .add(totalen, m.createProperty(Vocab.DCTERMS, "isPartOf"), dataSet);
        m.add(totaalStructuur, RDF.type, m.createResource(Vocab.QB + "DataStructureDefinition"));
        int order = 1;
        for (Property dim : List.of(peilingDim, optieDim, wijkDim, periodeDim)) {
            Resource spec = m.createResource(totaalStructuur.getURI() + "/" + dim.getLocalName());
            m.add(totaalStructuur, m.createProperty(Vocab.QB, "component"), spec)
                    .add(spec, m.createProperty(Vocab.QB, "dimension"), dim)
                    .add(
                            spec,
                            m.createProperty(Vocab.QB, "order"),
                            m.createTypedLiteral(Integer.toString(order++), XSDDatatype.XSDinteger));
        }
        measure(m, totaalStructuur, aantal);
        status.declare(m, totaalStructuur);
    }

    private void measure(Model m, Resource structuur, Property measure) {
        Resource spec = m.createResource(structuur.getURI() + "/" + measure.getLocalName());
        m.add(structuur, m.createProperty(Vocab.QB, "component"), spec)
                .add(spec, m.createProperty(Vocab.QB, "measure"), measure);
    }

    private static String wijk(String wijk) {
        return wijk == null ? "onbekend" : wijk;
    }

    private static Literal periode(Model m, Instant begin) {
        return m.createTypedLiteral(
                begin.atZone(Publicatieperiode.GEMEENTE).toOffsetDateTime().toString(), XSDDatatype.XSDdateTime);
    }

    /** The period in an observation's IRI: its start in UTC, digits only. */
    private static String sleutel(Instant begin) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(begin);
    }

    private Resource optie(Model m, String peiling, int optie) {
        return m.createResource(iris.id("peiling", peiling, "optie", Integer.toString(optie)));
    }

    private Resource dimension(
            Model m, Resource structure, Property dim, String label, Resource range, Resource codeList, int order) {
        m.add(dim, RDF.type, m.createResource(Vocab.QB + "DimensionProperty"))
                .add(dim, RDF.type, RDF.Property)
                .add(dim, RDFS.label, m.createLiteral(label, "nl"))
                .add(dim, RDFS.range, range);
        if (codeList != null) {
            m.add(dim, RDF.type, m.createResource(Vocab.QB + "CodedProperty"))
                    .add(dim, m.createProperty(Vocab.QB, "codeList"), codeList);
        }
        Resource spec = m.createResource(structure.getURI() + "/" + dim.getLocalName());
        m.add(structure, m.createProperty(Vocab.QB, "component"), spec)
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

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("qb", Vocab.QB);
        m.setNsPrefix("skos", Vocab.SKOS);
        m.setNsPrefix("dct", Vocab.DCTERMS);
        return m;
    }
}
