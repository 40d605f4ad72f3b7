package nl.buurtstem.opendata.evaluatie;

import java.math.BigDecimal;
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

/**
 * An evaluation as linked data: a schema:Report about the plan or initiative it evaluates, with goals,
 * indicators (nulmeting, streefwaarde, gemeten), outcomes and lessons in our own documented /def/ terms,
 * since no standard vocabulary has them.
 */
public final class EvaluatieRdf {

    private final Iris iris;

    public EvaluatieRdf(Iris iris) {
        this.iris = iris;
    }

    public Graph graph(Evaluatie e) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource ev = m.createResource(iris.id("evaluatie", e.id()));
        String[] target = e.evalueert().split("/", 2);
        Resource about = m.createResource(iris.id(target[0], target[1]));
        m.add(ev, RDF.type, m.createResource(Vocab.SCHEMA + "Report"))
                .add(ev, RDF.type, m.createResource(iris.def("Evaluatie")))
                .add(ev, RDFS.label, m.createLiteral(e.titel(), "nl"))
                .add(ev, p(m, Vocab.DCTERMS, "title"), m.createLiteral(e.titel(), "nl"))
                .add(ev, p(m, Vocab.DCTERMS, "identifier"), e.id())
                .add(ev, m.createProperty(iris.def("evalueert")), about)
                .add(ev, p(m, Vocab.SCHEMA, "about"), about);
        if (e.datum() != null) {
            m.add(
                    ev,
                    p(m, Vocab.DCTERMS, "date"),
                    m.createTypedLiteral(e.datum().toString(), XSDDatatype.XSDdate));
        }
        for (String doel : e.doelen()) {
            m.add(ev, m.createProperty(iris.def("doel")), m.createLiteral(doel, "nl"));
        }
        if (e.uitkomsten() != null) {
            m.add(ev, m.createProperty(iris.def("uitkomst")), m.createLiteral(e.uitkomsten(), "nl"));
        }
        for (String les : e.lessen()) {
            m.add(ev, m.createProperty(iris.def("les")), m.createLiteral(les, "nl"));
        }
        int n = 1;
        for (Evaluatie.Indicator i : e.indicatoren()) {
            Resource ind = m.createResource(iris.id("evaluatie", e.id(), "indicator", Integer.toString(n++)));
            m.add(ev, m.createProperty(iris.def("indicator")), ind)
                    .add(ind, RDF.type, m.createResource(iris.def("Indicator")))
                    .add(ind, p(m, Vocab.SCHEMA, "name"), m.createLiteral(i.naam(), "nl"))
                    .add(ind, RDFS.label, m.createLiteral(i.naam(), "nl"));
            if (i.eenheid() != null) {
                m.add(ind, p(m, Vocab.SCHEMA, "unitText"), i.eenheid());
            }
            value(m, ind, "nulmeting", i.nulmeting());
            value(m, ind, "streefwaarde", i.streefwaarde());
            value(m, ind, "gemeten", i.gemeten());
        }
        return m.getGraph();
    }

    private void value(Model m, Resource ind, String term, BigDecimal v) {
        if (v != null) {
            m.add(
                    ind,
                    m.createProperty(iris.def(term)),
                    m.createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal));
        }
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
