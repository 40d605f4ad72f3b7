package nl.buurtstem.opendata.peiling;

import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Small counts are never published: a cell with fewer answers than the threshold (but at least one) could
 * point at one resident at one kiosk on one day. Such an observation keeps its place in the cube, marked
 * with sdmx-attribute:obsStatus "onderdrukt", and its measures are 0 as a placeholder (the Data Cube needs
 * a value for every measure, IC-14). Demonstration polls are not about real residents and are not suppressed.
 */
public final class Waarnemingsstatus {

    public static final int DEFAULT_THRESHOLD = 5;

    private final Iris iris;
    private final int drempel;
    private final List<String> measures;

    public Waarnemingsstatus(Iris iris, int drempel) {
        this.iris = iris;
        this.drempel = drempel;
        this.measures = List.of(iris.def("aantalAntwoorden"), iris.def("aantalOnderdrukt"));
    }

    public Resource onderdrukt(Model m) {
        return m.createResource(iris.id("waarnemingsstatus", "onderdrukt"));
    }

    /** Declares obsStatus as an optional attribute of the structure, with its code list of one code. */
    void declare(Model m, Resource structure) {
        Property obsStatus = m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus");
        Resource scheme = m.createResource(iris.id("begrippenkader", "waarnemingsstatus"));
        Resource spec = m.createResource(structure.getURI() + "/obsStatus");
        m.add(structure, m.createProperty(Vocab.QB, "component"), spec)
                .add(spec, m.createProperty(Vocab.QB, "attribute"), obsStatus)
                .add(
                        spec,
                        m.createProperty(Vocab.QB, "componentRequired"),
                        m.createTypedLiteral("false", XSDDatatype.XSDboolean))
                .add(
                        spec,
                        m.createProperty(Vocab.QB, "componentAttachment"),
                        m.createResource(Vocab.QB + "Observation"))
                .add(obsStatus, RDF.type, m.createResource(Vocab.QB + "AttributeProperty"));
        Resource code = onderdrukt(m);
        m.add(scheme, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(scheme, RDFS.label, m.createLiteral("Status van een waarneming", "nl"))
                .add(code, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                .add(code, m.createProperty(Vocab.SKOS, "inScheme"), scheme)
                .add(code, m.createProperty(Vocab.SKOS, "notation"), "onderdrukt")
                .add(code, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral("onderdrukt", "nl"))
                .add(
                        code,
                        m.createProperty(Vocab.SKOS, "definition"),
                        m.createLiteral(
                                "Niet gepubliceerd om privacyredenen: "
                                        + "minder dan " + drempel
                                        + " antwoorden in deze cel. De aantallen 0 zijn dan een plaatshouder, "
                                        + "geen telling.",
                                "nl"));
    }

    /** Replaces every small count among {@code m}'s observations by the placeholder and the status. */
    void suppressSmallCounts(Model m, boolean demo) {
        if (demo || drempel <= 1) {
            return;
        }
        Property obsStatus = m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus");
        for (Resource obs : m.listSubjectsWithProperty(RDF.type, m.createResource(Vocab.QB + "Observation"))
                .toList()) {
            long total = 0;
            List<Statement> values = new ArrayList<>();
            for (String measure : measures) {
                Statement s = obs.getProperty(m.createProperty(measure));
                if (s != null) {
                    total += s.getLong();
                    values.add(s);
                }
            }
            if (total > 0 && total < drempel) {
                for (Statement s : values) {
                    s.changeObject(m.createTypedLiteral("0", XSDDatatype.XSDinteger));
                }
                m.add(obs, obsStatus, onderdrukt(m));
            }
        }
    }
}
