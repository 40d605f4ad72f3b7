package nl.buurtstem.opendata.peiling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Poll results as a W3C Data Cube: one data set of all polls, one observation per combination of
 * poll, answer option, wijk, kiosk, channel and day, with the number of answers as measure.
 * Observation URIs are minted from their dimension values, so the same cell is always one node.
 */
public final class PeilingCube {

    private final Iris iris;
    private final Waarnemingsstatus status;
    private final Resource dataSet;
    private final Resource structure;
    private final Property peilingDim;
    private final Property optieDim;
    private final Property wijkDim;
    private final Property kioskDim;
    private final Property kanaalDim;
    private final Property datumDim;
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
        peilingDim = m.createProperty(iris.def("peiling"));
        optieDim = m.createProperty(iris.def("antwoordoptie"));
        wijkDim = m.createProperty(iris.def("wijk"));
        kioskDim = m.createProperty(iris.def("kiosk"));
        kanaalDim = m.createProperty(iris.def("kanaal"));
        datumDim = m.createProperty(iris.def("datum"));
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
        dimension(m, peilingDim, "Peiling", m.createResource(iris.def("Peiling")), null, order++);
        dimension(
                m,
                optieDim,
                "Antwoordoptie",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "antwoordoptie")),
                order++);
        Resource wijk = dimension(m, wijkDim, "Wijk", m.createResource(iris.def("Wijk")), null, order++);
        m.add(wijk, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refArea"));
        dimension(m, kioskDim, "Kiosk", m.createResource(iris.def("Kiosk")), null, order++);
        dimension(
                m,
                kanaalDim,
                "Kanaal (scherm of knop)",
                m.createResource(Vocab.SKOS + "Concept"),
                m.createResource(iris.id("begrippenkader", "kanaal")),
                order++);
        Resource datum = dimension(m, datumDim, "Datum", XSD.date, null, order++);
        m.add(datum, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_DIMENSION + "refPeriod"));

        m.add(aantal, RDF.type, m.createResource(Vocab.QB + "MeasureProperty"))
                .add(aantal, RDF.type, RDF.Property)
                .add(aantal, RDFS.label, m.createLiteral("Aantal antwoorden", "nl"))
                .add(aantal, RDFS.subPropertyOf, m.createResource(Vocab.SDMX_MEASURE + "obsValue"))
                .add(aantal, RDFS.range, XSD.integer);
        Resource measureSpec = m.createResource(iris.def("peilingresultaat-structuur/aantalAntwoorden"));
        m.add(structure, m.createProperty(Vocab.QB, "component"), measureSpec)
                .add(measureSpec, m.createProperty(Vocab.QB, "measure"), aantal);
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
        Resource suppressedSpec = m.createResource(iris.def("peilingresultaat-structuur/aantalOnderdrukt"));
        m.add(structure, m.createProperty(Vocab.QB, "component"), suppressedSpec)
                .add(suppressedSpec, m.createProperty(Vocab.QB, "measure"), onderdrukt);

        status.declare(m, structure);
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

    /** One poll: the poll itself, its answer options, and its observations (no suppressed presses). */
    public Graph publication(Peiling peiling, List<Antwoorden.Telling> tellingen) {
        return publication(peiling, tellingen, List.of());
    }

    /**
     * One poll: the poll itself, its answer options, and one observation per cell with counted answers or
     * suppressed presses, carrying both numbers (zero where there were none).
     */
    public Graph publication(
            Peiling peiling, List<Antwoorden.Telling> tellingen, List<Antwoorden.Telling> onderdrukteDrukken) {
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
        Map<List<Object>, long[]> cells = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Antwoorden.Telling t : tellingen) {
            cells.computeIfAbsent(cell(t), k -> new long[2])[0] += t.aantal();
        }
        for (Antwoorden.Telling t : onderdrukteDrukken) {
            cells.computeIfAbsent(cell(t), k -> new long[2])[1] += t.aantal();
        }
        cells.forEach((key, counts) -> observation(
                m,
                new Antwoorden.Telling(
                        (String) key.get(0),
                        (Integer) key.get(1),
                        (String) key.get(2),
                        (String) key.get(3),
                        (Kanaal) key.get(4),
                        (LocalDate) key.get(5),
                        counts[0]),
                counts[1]));
        status.suppressSmallCounts(m, peiling.demo());
        return m.getGraph();
    }

    private static List<Object> cell(Antwoorden.Telling t) {
        return Arrays.asList(t.peiling(), t.optie(), t.wijk(), t.kioskId(), t.kanaal(), t.datum());
    }

    private void observation(Model m, Antwoorden.Telling t, long suppressed) {
        String wijk = t.wijk() == null ? "onbekend" : t.wijk();
        Resource obs = m.createResource(iris.id(
                "observatie",
                "peilingresultaten",
                t.peiling(),
                Integer.toString(t.optie()),
                wijk,
                t.kioskId(),
                t.kanaal().code(),
                t.datum().toString()));
        m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), dataSet)
                .add(obs, peilingDim, m.createResource(iris.id("peiling", t.peiling())))
                .add(obs, optieDim, optie(m, t.peiling(), t.optie()))
                .add(obs, wijkDim, m.createResource(iris.id("wijk", wijk)))
                .add(obs, kioskDim, m.createResource(iris.id("kiosk", t.kioskId())))
                .add(
                        obs,
                        kanaalDim,
                        m.createResource(iris.id("kanaal", t.kanaal().code())))
                .add(obs, datumDim, m.createTypedLiteral(t.datum().toString(), XSDDatatype.XSDdate))
                .add(obs, aantal, m.createTypedLiteral(Long.toString(t.aantal()), XSDDatatype.XSDinteger))
                .add(obs, onderdrukt, m.createTypedLiteral(Long.toString(suppressed), XSDDatatype.XSDinteger));
    }

    private Resource optie(Model m, String peiling, int optie) {
        return m.createResource(iris.id("peiling", peiling, "optie", Integer.toString(optie)));
    }

    private Resource dimension(Model m, Property dim, String label, Resource range, Resource codeList, int order) {
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
