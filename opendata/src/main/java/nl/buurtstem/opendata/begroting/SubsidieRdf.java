package nl.buurtstem.opendata.begroting;

import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Inhoud;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** A grant as linked data (schema:MonetaryGrant funded by the municipality), and how staff manage grants. */
public final class SubsidieRdf {

    private final Iris iris;
    private final Resource gemeente;

    /** @param gemeente the municipality's TOOI IRI, the funder */
    public SubsidieRdf(Iris iris, String gemeente) {
        this.iris = iris;
        this.gemeente = ResourceFactory.createResource(gemeente);
    }

    public Graph graph(Subsidie s) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource g = m.createResource(iris.id("subsidie", s.id()));
        Resource amount = m.createResource();
        m.add(g, RDF.type, m.createResource(Vocab.SCHEMA + "MonetaryGrant"))
                .add(g, RDF.type, m.createResource(iris.def("Subsidie")))
                .add(g, RDFS.label, m.createLiteral("Subsidie " + s.jaar() + " aan " + s.initiatief(), "nl"))
                .add(
                        g,
                        m.createProperty(Vocab.SCHEMA, "fundedItem"),
                        m.createResource(iris.id("initiatief", s.initiatief())))
                .add(g, m.createProperty(Vocab.SCHEMA, "funder"), gemeente)
                .add(g, m.createProperty(Vocab.SCHEMA, "amount"), amount)
                .add(amount, RDF.type, m.createResource(Vocab.SCHEMA + "MonetaryAmount"))
                .add(
                        amount,
                        m.createProperty(Vocab.SCHEMA, "value"),
                        m.createTypedLiteral(s.bedrag().toPlainString(), XSDDatatype.XSDdecimal))
                .add(amount, m.createProperty(Vocab.SCHEMA, "currency"), "EUR")
                .add(
                        g,
                        m.createProperty(iris.def("begrotingsjaar")),
                        m.createTypedLiteral(Integer.toString(s.jaar()), XSDDatatype.XSDgYear));
        if (s.wijkbudget() != null) {
            m.add(
                    g,
                    m.createProperty(iris.def("uitWijkbudget")),
                    m.createResource(iris.id("wijkbudget", s.wijkbudget())));
        }
        if (s.omschrijving() != null) {
            m.add(g, m.createProperty(Vocab.SCHEMA, "description"), m.createLiteral(s.omschrijving(), "nl"));
        }
        return m.getGraph();
    }

    public static Inhoud<Subsidie> inhoud(
            SubsidieStore store, Predicate<String> initiatiefExists, Consumer<String> changed) {
        return new Inhoud<>(
                "subsidie",
                Subsidie.class,
                Subsidie::id,
                s -> "Subsidie aan " + s.initiatief(),
                s -> {
                    Refs.require(s.id(), "id");
                    if (s.initiatief() == null || !initiatiefExists.test(s.initiatief())) {
                        throw new IllegalArgumentException(
                                "initiatief must be the reference of an initiative that exists");
                    }
                    if (s.bedrag() == null || s.bedrag().signum() <= 0) {
                        throw new IllegalArgumentException("bedrag must be a positive amount in euro");
                    }
                    if (s.wijkbudget() != null) {
                        Refs.require(s.wijkbudget(), "wijkbudget");
                    }
                },
                store::all,
                store::find,
                store::save,
                store::delete,
                changed);
    }
}
