package nl.buurtstem.opendata.wijk;

import java.util.List;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A wijk's gebiedsagenda in the wijk's own graph: one resource ({@code #gebiedsagenda}) about the wijk, with its goals
 * and tasks as numbered list items (schema:ListItem with schema:position), because staff keep them in an order.
 */
final class GebiedsagendaRdf {

    private GebiedsagendaRdf() {}

    /** @param def the namespace of our own terms */
    static void add(Model m, Resource wijk, String def, Gebiedsagenda agenda) {
        if (agenda.doelen().isEmpty() && agenda.opgaven().isEmpty()) {
            return;
        }
        Resource a = m.createResource(wijk.getURI() + "#gebiedsagenda");
        m.add(a, RDF.type, m.createResource(def + "Gebiedsagenda"))
                .add(a, RDF.type, m.createResource(Vocab.SCHEMA + "CreativeWork"))
                .add(a, RDFS.label, m.createLiteral("Gebiedsagenda " + naam(m, wijk), "nl"))
                .add(a, m.createProperty(Vocab.SCHEMA, "about"), wijk)
                .add(a, m.createProperty(Vocab.DCTERMS, "spatial"), wijk)
                .add(wijk, m.createProperty(Vocab.SCHEMA, "subjectOf"), a);
        if (agenda.gewijzigd() != null) {
            m.add(
                    a,
                    m.createProperty(Vocab.DCTERMS, "modified"),
                    m.createTypedLiteral(agenda.gewijzigd().toString(), XSDDatatype.XSDdateTime));
        }
        items(m, a, def + "wijkdoel", "doel", agenda.doelen());
        items(m, a, def + "opgave", "opgave", agenda.opgaven());
    }

    private static void items(Model m, Resource agenda, String property, String soort, List<String> teksten) {
        for (int i = 0; i < teksten.size(); i++) {
            Resource item = m.createResource(agenda.getURI().replace("#gebiedsagenda", "#" + soort + "-" + (i + 1)));
            m.add(agenda, m.createProperty(property), item)
                    .add(item, RDF.type, m.createResource(Vocab.SCHEMA + "ListItem"))
                    .add(
                            item,
                            m.createProperty(Vocab.SCHEMA, "position"),
                            m.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDinteger))
                    .add(item, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(teksten.get(i), "nl"))
                    .add(item, RDFS.label, m.createLiteral(teksten.get(i), "nl"));
        }
    }

    private static String naam(Model m, Resource wijk) {
        var naam = wijk.getProperty(m.createProperty(Vocab.SCHEMA, "name"));
        return naam == null ? "" : naam.getString();
    }
}
