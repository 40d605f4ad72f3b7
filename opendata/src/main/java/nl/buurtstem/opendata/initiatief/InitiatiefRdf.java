package nl.buurtstem.opendata.initiatief;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A citizen initiative as linked data (schema:Project). Only what the municipality publishes: the
 * story and how to join through the municipality; never the initiators' own names or contact details.
 */
public final class InitiatiefRdf {

    private final Iris iris;
    private final ActueleVertalingen vertalingen;

    /** @param vertalingen the initiatives' translations ("initiatief/…"), published beside the Dutch */
    public InitiatiefRdf(Iris iris, ActueleVertalingen vertalingen) {
        this.iris = iris;
        this.vertalingen = vertalingen;
    }

    public String graphOf(String id) {
        return iris.graph("initiatief", id);
    }

    public Graph graph(Initiatief initiatief) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource i = m.createResource(iris.id("initiatief", initiatief.id()));
        m.add(i, RDF.type, m.createResource(Vocab.SCHEMA + "Project"))
                .add(i, RDF.type, m.createResource(iris.def("Initiatief")))
                .add(i, m.createProperty(Vocab.DCTERMS, "identifier"), initiatief.id());
        Map<String, String> nederlands = new LinkedHashMap<>();
        nederlands.put("titel", initiatief.titel());
        nederlands.put("verhaal", initiatief.verhaal());
        nederlands.put("meedoen", initiatief.meedoen());
        nederlands.values().removeIf(t -> t == null || t.isBlank());
        nederlands.forEach((veld, tekst) -> tekst(m, i, veld, tekst, "nl"));
        vertalingen
                .van("initiatief/" + initiatief.id(), nederlands)
                .forEach((taal, velden) -> velden.forEach((veld, tekst) -> tekst(m, i, veld, tekst, taal)));
        if (initiatief.wijk() != null) {
            m.add(i, m.createProperty(Vocab.DCTERMS, "spatial"), m.createResource(iris.id("wijk", initiatief.wijk())))
                    .add(
                            i,
                            m.createProperty(Vocab.SCHEMA, "location"),
                            m.createResource(iris.id("wijk", initiatief.wijk())));
        }
        if (initiatief.foto() != null) {
            Resource foto = m.createResource(initiatief.foto().url());
            m.add(i, m.createProperty(Vocab.SCHEMA, "image"), foto)
                    .add(foto, RDF.type, m.createResource(Vocab.SCHEMA + "ImageObject"))
                    .add(
                            foto,
                            m.createProperty(Vocab.SCHEMA, "caption"),
                            m.createLiteral(initiatief.foto().beschrijving(), "nl"));
        }
        if (initiatief.demo()) {
            m.add(i, RDFS.comment, m.createLiteral("Voorbeeldgegevens: dit is geen echt initiatief.", "nl"));
        }
        return m.getGraph();
    }

    private void tekst(Model m, Resource i, String veld, String tekst, String taal) {
        Literal literal = m.createLiteral(tekst, taal);
        switch (veld) {
            case "titel" ->
                m.add(i, RDFS.label, literal)
                        .add(i, m.createProperty(Vocab.DCTERMS, "title"), literal)
                        .add(i, m.createProperty(Vocab.SCHEMA, "name"), literal);
            case "verhaal" -> m.add(i, m.createProperty(Vocab.SCHEMA, "description"), literal);
            default -> m.add(i, m.createProperty(iris.def(veld)), literal); // meedoen
        }
    }
}
