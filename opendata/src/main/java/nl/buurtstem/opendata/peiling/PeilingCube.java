package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.buurtstem.opendata.Gemeentetijd;
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
 * Poll results as W3C Data Cubes, per closed publication period: "peilingresultaten" has one observation per poll,
 * answer option, wijk, kiosk, channel and period; "peilingtotalen" has, per poll, option, wijk and period, their
 * total; "peilingstand" and "peilingstandperwijk" the poll's standing over all periods (see {@link PeilingStandCube}).
 * Held-back figures carry obsStatus and confStatus (see {@link Celbeveiliging}). Observation URIs are minted from their
 * dimension values, so the same cell is always one node. Each closed period of a poll is a named graph of its own and
 * never changes once closed, so closing a period writes only that period's graph and the poll's small own graph (its
 * question, options and standings).
 */
public final class PeilingCube {

    private final Iris iris;
    private final Waarnemingsstatus status;
    private final PeilingTermen t;
    private final PeilingStructuur structuur;
    private final PeilingStandCube standen;

    public PeilingCube(Iris iris) {
        this(iris, Waarnemingsstatus.DEFAULT_THRESHOLD);
    }

    /** @param drempel counts below this (and above zero) are published only as suppressed (obsStatus), never as a number */
    public PeilingCube(Iris iris, int drempel) {
        this.iris = iris;
        this.status = new Waarnemingsstatus(iris, drempel);
        this.t = PeilingTermen.van(iris);
        this.structuur = new PeilingStructuur(iris, status, t);
        this.standen = new PeilingStandCube(iris, t);
    }

    /** The poll's own graph: what it asks, its options and its standings. */
    public String graphOf(String peiling) {
        return iris.graph("peiling", peiling);
    }

    /** The graph of one closed period of the poll: its cells and their totals. */
    String graphOf(String peiling, Instant periode) {
        return iris.graph("peiling", peiling, "periode", sleutel(periode));
    }

    public String structureGraph() {
        return iris.graph("def", "peilingresultaten");
    }

    /** The data sets, their structures, dimensions and code lists: published once, shared by all polls. */
    public Graph structure() {
        return structuur.graph();
    }

    /**
     * One poll all at once: its own graph with the standings of {@code uitslag} and the graphs of all its periods
     * together (for a tombstone, and for tests that read a poll whole).
     */
    public Graph publication(Peiling peiling, BeschermdeUitslag uitslag) {
        Graph g = peiling(peiling, Stand.uit(uitslag));
        periode(peiling.id(), uitslag).find().forEachRemaining(g::add);
        return g;
    }

    /**
     * A closed period of the poll (or several): one observation per cell (counted answers and uncounted presses) and
     * one per total, each held back as {@code uitslag} says.
     */
    Graph periode(String peiling, BeschermdeUitslag uitslag) {
        Model m = model();
        for (BeschermdeUitslag.BeschermdeCel c : uitslag.cellen()) {
            observation(m, peiling, c);
        }
        for (BeschermdeUitslag.Totaal totaal : uitslag.totalen()) {
            totaal(m, peiling, totaal);
        }
        return m.getGraph();
    }

    /** The poll itself, its answer options and its standings per wijk and option ({@link Stand}). */
    Graph peiling(Peiling peiling, List<Stand> perWijk) {
        Model m = model();
        Resource poll = m.createResource(iris.id("peiling", peiling.id()));
        m.add(poll, RDF.type, m.createResource(iris.def("Peiling")))
                .add(poll, RDFS.label, m.createLiteral(peiling.vraag(), "nl"))
                .add(poll, m.createProperty(Vocab.DCTERMS, "title"), m.createLiteral(peiling.vraag(), "nl"))
                .add(poll, m.createProperty(Vocab.DCTERMS, "identifier"), peiling.id());
        // Asked in several wijken (staff pick them by name) or in one (0.1's single wijk): each is a dct:spatial.
        List<String> wijken = !peiling.wijken().isEmpty()
                ? peiling.wijken()
                : peiling.wijk() == null ? List.of() : List.of(peiling.wijk());
        for (String wijk : wijken) {
            m.add(poll, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", wijk)));
        }
        if (peiling.demo()) {
            m.add(poll, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echte peiling.", "nl"));
        }
        if (peiling.reactie() != null) {
            m.add(
                            poll,
                            m.createProperty(iris.def("uZei")),
                            m.createLiteral(peiling.reactie().zei(), "nl"))
                    .add(
                            poll,
                            m.createProperty(iris.def("wijDoen")),
                            m.createLiteral(peiling.reactie().doen(), "nl"));
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
        standen.observaties(m, peiling.id(), perWijk);
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
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), t.dataSet())
                .add(obs, t.peiling(), m.createResource(iris.id("peiling", peiling)))
                .add(obs, t.optie(), optie(m, peiling, c.optie()))
                .add(obs, t.wijk(), m.createResource(iris.id("wijk", wijk)))
                .add(obs, t.kiosk(), m.createResource(iris.id("kiosk", c.kioskId())))
                .add(
                        obs,
                        t.kanaal(),
                        m.createResource(iris.id("kanaal", c.kanaal().code())))
                .add(obs, t.periode(), Gemeentetijd.xsdDateTime(m, c.periode()))
                .add(obs, t.aantal(), m.createTypedLiteral(Long.toString(c.antwoorden()), XSDDatatype.XSDinteger))
                .add(obs, t.onderdrukt(), m.createTypedLiteral(Long.toString(c.onderdrukt()), XSDDatatype.XSDinteger));
        status.mark(m, obs, beschermd.beveiliging(), t.aantal(), t.onderdrukt());
    }

    private void totaal(Model m, String peiling, BeschermdeUitslag.Totaal totaal) {
        String wijk = wijk(totaal.wijk());
        Resource obs = m.createResource(iris.id(
                "observatie",
                "peilingtotalen",
                peiling,
                Integer.toString(totaal.optie()),
                wijk,
                sleutel(totaal.periode())));
        m.add(obs, RDF.type, m.createResource(Vocab.QB + "Observation"))
                .add(obs, m.createProperty(Vocab.QB, "dataSet"), t.totalen())
                .add(obs, t.peiling(), m.createResource(iris.id("peiling", peiling)))
                .add(obs, t.optie(), optie(m, peiling, totaal.optie()))
                .add(obs, t.wijk(), m.createResource(iris.id("wijk", wijk)))
                .add(obs, t.periode(), Gemeentetijd.xsdDateTime(m, totaal.periode()))
                .add(obs, t.aantal(), m.createTypedLiteral(Long.toString(totaal.antwoorden()), XSDDatatype.XSDinteger));
        status.mark(m, obs, totaal.beveiliging(), t.aantal());
    }

    private static String wijk(String wijk) {
        return wijk == null ? "onbekend" : wijk;
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

    static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("qb", Vocab.QB);
        m.setNsPrefix("skos", Vocab.SKOS);
        m.setNsPrefix("dct", Vocab.DCTERMS);
        return m;
    }
}
