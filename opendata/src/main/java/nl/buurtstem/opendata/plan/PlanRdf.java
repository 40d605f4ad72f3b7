package nl.buurtstem.opendata.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Plek;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A plan as linked data with schema.org and DCTERMS: the plan a schema:CreativeWork about its wijk,
 * each phase and each participatiemoment a schema:Event (when, where, how) that is about the plan.
 */
public final class PlanRdf {

    private final Iris iris;
    private final ActueleVertalingen vertalingen;

    /** @param vertalingen the plans' translations ("plan/…"), published beside the Dutch */
    public PlanRdf(Iris iris, ActueleVertalingen vertalingen) {
        this.iris = iris;
        this.vertalingen = vertalingen;
    }

    public String graphOf(String planId) {
        return iris.graph("plan", planId);
    }

    public Graph graph(Plan plan) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource p = m.createResource(iris.id("plan", plan.id()));
        m.add(p, RDF.type, m.createResource(Vocab.SCHEMA + "CreativeWork"))
                .add(p, RDF.type, m.createResource(iris.def("Plan")))
                .add(p, prop(m, Vocab.DCTERMS, "identifier"), plan.id());
        Map<String, String> nederlands = new LinkedHashMap<>();
        nederlands.put("titel", plan.titel());
        if (plan.samenvatting() != null && !plan.samenvatting().isBlank()) {
            nederlands.put("samenvatting", plan.samenvatting());
        }
        nederlands.forEach((veld, tekst) -> tekst(m, p, veld, tekst, "nl"));
        vertalingen
                .van("plan/" + plan.id(), nederlands)
                .forEach((taal, velden) -> velden.forEach((veld, tekst) -> tekst(m, p, veld, tekst, taal)));
        if (plan.wijk() != null) {
            m.add(p, prop(m, Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", plan.wijk())))
                    .add(p, prop(m, Vocab.SCHEMA, "spatialCoverage"), m.createResource(iris.id("wijk", plan.wijk())));
        }
        if (plan.demo()) {
            m.add(p, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echt plan.", "nl"));
        }
        for (Plan.Document d : plan.documenten()) {
            Resource doc = m.createResource(d.url());
            m.add(p, prop(m, Vocab.DCTERMS, "relation"), doc)
                    .add(doc, RDF.type, m.createResource(Vocab.FOAF + "Document"))
                    .add(doc, prop(m, Vocab.DCTERMS, "title"), m.createLiteral(d.titel(), "nl"));
        }
        int n = 1;
        for (Plan.Fase fase : plan.fasen()) {
            Resource f = m.createResource(iris.id("plan", plan.id(), "fase", Integer.toString(n)));
            m.add(p, prop(m, Vocab.DCTERMS, "hasPart"), f)
                    .add(f, RDF.type, m.createResource(Vocab.SCHEMA + "Event"))
                    .add(f, RDF.type, m.createResource(iris.def("Planfase")))
                    .add(f, prop(m, Vocab.SCHEMA, "name"), m.createLiteral(fase.naam(), "nl"))
                    .add(f, RDFS.label, m.createLiteral(fase.naam(), "nl"))
                    .add(
                            f,
                            prop(m, Vocab.SCHEMA, "position"),
                            m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger))
                    .add(f, prop(m, Vocab.SCHEMA, "about"), p);
            date(m, f, "startDate", fase.van());
            date(m, f, "endDate", fase.tot());
            n++;
        }
        n = 1;
        for (Plan.Participatiemoment moment : plan.momenten()) {
            Resource e = m.createResource(iris.id("plan", plan.id(), "participatiemoment", Integer.toString(n)));
            m.add(p, prop(m, Vocab.SCHEMA, "subjectOf"), e)
                    .add(e, RDF.type, m.createResource(Vocab.SCHEMA + "Event"))
                    .add(e, RDF.type, m.createResource(iris.def("Participatiemoment")))
                    .add(e, prop(m, Vocab.SCHEMA, "name"), m.createLiteral(moment.wat(), "nl"))
                    .add(e, RDFS.label, m.createLiteral(moment.wat(), "nl"))
                    .add(e, prop(m, Vocab.SCHEMA, "about"), p);
            if (moment.wanneer() != null) {
                m.add(
                        e,
                        prop(m, Vocab.SCHEMA, "startDate"),
                        Gemeentetijd.xsdDateTime(
                                m, moment.wanneer().atZone(Gemeentetijd.ZONE).toInstant()));
            }
            if (moment.waar() != null) {
                m.add(
                        e,
                        prop(m, Vocab.SCHEMA, "location"),
                        new Plek(iris)
                                .resource(
                                        m,
                                        moment.waar(),
                                        moment.adres() == null
                                                ? null
                                                : moment.adres().alsPlekadres()));
            }
            if (moment.hoe() != null) {
                m.add(e, prop(m, Vocab.SCHEMA, "description"), m.createLiteral(moment.hoe(), "nl"));
            }
            n++;
        }
        return m.getGraph();
    }

    private static void date(Model m, Resource r, String property, LocalDate date) {
        if (date != null) {
            m.add(r, prop(m, Vocab.SCHEMA, property), m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        }
    }

    private static Property prop(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }

    private static void tekst(Model m, Resource p, String veld, String tekst, String taal) {
        Literal literal = m.createLiteral(tekst, taal);
        if (veld.equals("titel")) {
            m.add(p, RDFS.label, literal)
                    .add(p, prop(m, Vocab.DCTERMS, "title"), literal)
                    .add(p, prop(m, Vocab.SCHEMA, "name"), literal);
        } else {
            m.add(p, prop(m, Vocab.DCTERMS, "description"), literal); // samenvatting
        }
    }
}
