package nl.buurtstem.opendata.peiling;

import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * How a held-back figure is marked in the Data Cube: sdmx-attribute:obsStatus "onderdrukt" (our code) and
 * sdmx-attribute:confStatus C (small, primary) or D (held back so that no sum gives a small one back, secondary).
 * Its measures are 0 as a placeholder, because the Data Cube needs a value for every measure (IC-14).
 */
public final class Waarnemingsstatus {

    public static final int DEFAULT_THRESHOLD = 5;
    static final String SDMX_CODE = "http://purl.org/linked-data/sdmx/2009/code#";

    private final Iris iris;
    private final int drempel;

    public Waarnemingsstatus(Iris iris, int drempel) {
        this.iris = iris;
        this.drempel = drempel;
    }

    public Resource onderdrukt(Model m) {
        return m.createResource(iris.id("waarnemingsstatus", "onderdrukt"));
    }

    /** Declares obsStatus and confStatus as optional attributes of {@code structure}. */
    void declare(Model m, Resource structure) {
        attribute(m, structure, "obsStatus");
        attribute(m, structure, "confStatus");
    }

    /** The code list of obsStatus, once for every structure. */
    void declareCodes(Model m) {
        Resource scheme = m.createResource(iris.id("begrippenkader", "waarnemingsstatus"));
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
                                "Niet gepubliceerd om privacyredenen: minder dan " + drempel
                                        + " antwoorden (confStatus C), of weggelaten omdat een som anders een klein "
                                        + "aantal zou verraden (confStatus D). De aantallen 0 zijn dan een "
                                        + "plaatshouder, geen telling.",
                                "nl"));
    }

    /** Marks {@code obs} as held back and puts placeholders in {@code measures}, unless it is shown. */
    void mark(Model m, Resource obs, Beveiliging beveiliging, Property... measures) {
        if (!beveiliging.verborgen()) {
            return;
        }
        for (Property measure : measures) {
            obs.removeAll(measure);
            m.add(obs, measure, m.createTypedLiteral("0", XSDDatatype.XSDinteger));
        }
        m.add(obs, m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus"), onderdrukt(m))
                .add(
                        obs,
                        m.createProperty(Vocab.SDMX_ATTRIBUTE, "confStatus"),
                        m.createResource(SDMX_CODE + "confStatus-" + beveiliging.sdmxCode()));
    }

    private static void attribute(Model m, Resource structure, String name) {
        Property attribute = m.createProperty(Vocab.SDMX_ATTRIBUTE, name);
        Resource spec = m.createResource(structure.getURI() + "/" + name);
        m.add(structure, m.createProperty(Vocab.QB, "component"), spec)
                .add(spec, m.createProperty(Vocab.QB, "attribute"), attribute)
                .add(
                        spec,
                        m.createProperty(Vocab.QB, "componentRequired"),
                        m.createTypedLiteral("false", XSDDatatype.XSDboolean))
                .add(
                        spec,
                        m.createProperty(Vocab.QB, "componentAttachment"),
                        m.createResource(Vocab.QB + "Observation"))
                .add(attribute, RDF.type, m.createResource(Vocab.QB + "AttributeProperty"));
    }
}
