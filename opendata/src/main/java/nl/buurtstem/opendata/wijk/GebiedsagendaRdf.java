package nl.buurtstem.opendata.wijk;

import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A wijk's gebiedsagenda in the wijk's own graph: one resource ({@code #gebiedsagenda}) about the wijk, with its goals
 * and tasks as numbered list items (schema:ListItem with schema:position), because staff keep them in an order. Each
 * item's text is in Dutch and in every language a translator translated it into from today's Dutch.
 */
final class GebiedsagendaRdf {

    private GebiedsagendaRdf() {}

    /**
     * @param def         the namespace of our own terms
     * @param vertalingen language → field ("doel1", "opgave2", ...) → text, of today's Dutch only
     */
    static void add(
            Model m, Resource wijk, String def, Gebiedsagenda agenda, Map<String, Map<String, String>> vertalingen) {
        if (agenda.leeg()) {
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
        items(m, a, def + "wijkdoel", "doel", agenda.doelen(), vertalingen);
        items(m, a, def + "opgave", "opgave", agenda.opgaven(), vertalingen);
    }

    private static void items(
            Model m,
            Resource agenda,
            String property,
            String soort,
            List<String> teksten,
            Map<String, Map<String, String>> vertalingen) {
        for (int i = 0; i < teksten.size(); i++) {
            Resource item = m.createResource(agenda.getURI().replace("#gebiedsagenda", "#" + soort + "-" + (i + 1)));
            m.add(agenda, m.createProperty(property), item)
                    .add(item, RDF.type, m.createResource(Vocab.SCHEMA + "ListItem"))
                    .add(
                            item,
                            m.createProperty(Vocab.SCHEMA, "position"),
                            m.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDinteger));
            tekst(m, item, teksten.get(i), "nl");
            String veld = soort + (i + 1);
            vertalingen.forEach((taal, velden) -> {
                if (velden.containsKey(veld)) {
                    tekst(m, item, velden.get(veld), taal);
                }
            });
        }
    }

    private static void tekst(Model m, Resource item, String tekst, String taal) {
        m.add(item, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(tekst, taal))
                .add(item, RDFS.label, m.createLiteral(tekst, taal));
    }

    private static String naam(Model m, Resource wijk) {
        var naam = wijk.getProperty(m.createProperty(Vocab.SCHEMA, "name"));
        return naam == null ? "" : naam.getString();
    }
}
