package nl.buurtstem.opendata.initiatief;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.vertaling.ActueleVertalingen;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The published menukaart as linked data: a schema:HowTo whose steps (schema:HowToStep, numbered with schema:position)
 * say what the municipality offers and expects, with the funds one can ask for and up to how much. Texts are Dutch
 * (@nl) and in every language a translator translated them into, except where the Dutch changed since. Its version is
 * the number of times staff published it (the audit log keeps each one); a menukaart that was never published through
 * the staff page (the demo's) is version 1 without a date.
 */
final class MenukaartRdf {

    private final Iris iris;
    private final Audit audit;
    private final ActueleVertalingen vertalingen;

    MenukaartRdf(Iris iris, Audit audit, ActueleVertalingen vertalingen) {
        this.iris = iris;
        this.audit = audit;
        this.vertalingen = vertalingen;
    }

    Graph graph(Menukaart menukaart) {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        m.setNsPrefix("bs", iris.def(""));
        String iri = iris.id("menukaart", menukaart.id());
        Resource k = m.createResource(iri);
        m.add(k, RDF.type, m.createResource(Vocab.SCHEMA + "HowTo"))
                .add(k, RDF.type, m.createResource(iris.def("Menukaart")))
                .add(k, RDFS.label, m.createLiteral("Menukaart: van idee tot uitvoering", "nl"))
                .add(
                        k,
                        m.createProperty(Vocab.SCHEMA, "name"),
                        m.createLiteral("Menukaart: van idee tot uitvoering", "nl"))
                .add(k, m.createProperty(Vocab.DCTERMS, "identifier"), menukaart.id());
        List<Audit.Regel> publicaties = audit.latest(10_000, "menukaart", menukaart.id()).stream()
                .filter(r -> r.actie().equals("gepubliceerd"))
                .toList();
        m.add(
                k,
                m.createProperty(Vocab.SCHEMA, "version"),
                m.createTypedLiteral(Integer.toString(Math.max(1, publicaties.size())), XSDDatatype.XSDinteger));
        if (!publicaties.isEmpty()) {
            m.add(
                    k,
                    m.createProperty(Vocab.DCTERMS, "modified"),
                    m.createTypedLiteral(publicaties.get(0).tijd(), XSDDatatype.XSDdateTime));
        }
        for (int i = 0; i < menukaart.stappen().size(); i++) {
            stap(m, k, iri, i + 1, menukaart.stappen().get(i));
        }
        return m.getGraph();
    }

    private void stap(Model m, Resource k, String iri, int positie, Menukaart.Stap stap) {
        Resource s = m.createResource(iri + "#stap-" + stap.id());
        m.add(k, m.createProperty(Vocab.SCHEMA, "step"), s)
                .add(s, RDF.type, m.createResource(Vocab.SCHEMA + "HowToStep"))
                .add(s, m.createProperty(Vocab.DCTERMS, "identifier"), stap.id())
                .add(
                        s,
                        m.createProperty(Vocab.SCHEMA, "position"),
                        m.createTypedLiteral(Integer.toString(positie), XSDDatatype.XSDinteger));
        Map<String, String> nederlands = new LinkedHashMap<>();
        nederlands.put("titel", stap.titel());
        nederlands.put("aanbod", stap.aanbod());
        nederlands.put("verwacht", stap.verwacht());
        nederlands.values().removeIf(t -> t == null || t.isBlank());
        nederlands.forEach((veld, tekst) -> tekst(m, s, veld, tekst, "nl"));
        String item = "menukaart/" + stap.id();
        vertalingen
                .van(item, nederlands)
                .forEach((taal, velden) -> velden.forEach((veld, tekst) -> tekst(m, s, veld, tekst, taal)));
        for (int j = 0; j < stap.fondsen().size(); j++) {
            fonds(m, s, s.getURI() + "-fonds-" + (j + 1), stap.fondsen().get(j));
        }
    }

    private void tekst(Model m, Resource s, String veld, String tekst, String taal) {
        String eigenschap = switch (veld) {
            case "titel" -> Vocab.SCHEMA + "name";
            default -> iris.def(veld); // aanbod, verwacht
        };
        m.add(s, m.createProperty(eigenschap), m.createLiteral(tekst, taal));
        if (veld.equals("titel")) {
            m.add(s, RDFS.label, m.createLiteral(tekst, taal));
        }
    }

    private static void fonds(Model m, Resource stap, String iri, Menukaart.Fonds fonds) {
        Resource f = m.createResource(iri);
        Resource bedrag = m.createResource(iri + "-bedrag");
        m.add(stap, m.createProperty(Vocab.SCHEMA, "funding"), f)
                .add(f, RDF.type, m.createResource(Vocab.SCHEMA + "MonetaryGrant"))
                .add(f, RDFS.label, m.createLiteral(fonds.naam(), "nl"))
                .add(f, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(fonds.naam(), "nl"))
                .add(f, m.createProperty(Vocab.SCHEMA, "amount"), bedrag)
                .add(bedrag, RDF.type, m.createResource(Vocab.SCHEMA + "MonetaryAmount"))
                .add(
                        bedrag,
                        m.createProperty(Vocab.SCHEMA, "maxValue"),
                        m.createTypedLiteral(new BigDecimal(fonds.totEuro())))
                .add(bedrag, m.createProperty(Vocab.SCHEMA, "currency"), "EUR");
        if (fonds.voorwaarden() != null && !fonds.voorwaarden().isBlank()) {
            m.add(f, m.createProperty(Vocab.SCHEMA, "description"), m.createLiteral(fonds.voorwaarden(), "nl"));
        }
    }
}
