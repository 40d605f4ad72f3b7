package nl.buurtstem.opendata.catalogus;

import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The values from EU and IANA code lists the catalogue uses, each with the type, label and scheme the
 * DCAT-AP shapes look for, so the catalogue validates without fetching the lists.
 */
final class Codelijsten {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    private final CatalogusSettings settings;

    Codelijsten(CatalogusSettings settings) {
        this.settings = settings;
    }

    Resource licence(Model m) {
        Resource l = m.createResource(settings.licentie());
        m.add(l, RDF.type, m.createResource(Vocab.DCTERMS + "LicenseDocument"))
                .add(l, p(m, Vocab.SKOS, "prefLabel"), m.createLiteral(settings.licentieNaam(), "en"));
        if (CatalogusSettings.CC0.equals(settings.licentie())) {
            m.add(
                    l,
                    p(m, Vocab.DCTERMS, "type"),
                    concept(
                            m,
                            "http://purl.org/adms/licencetype/PublicDomain",
                            "http://purl.org/adms/licencetype/1.0",
                            "Public domain"));
        }
        return l;
    }

    Resource accessRights(Model m) {
        Resource r = concept(m, EU + "access-right/PUBLIC", EU + "access-right", "openbaar");
        m.add(r, RDF.type, m.createResource(Vocab.DCTERMS + "RightsStatement"));
        return r;
    }

    Resource language(Model m) {
        Resource nl = concept(m, EU + "language/NLD", EU + "language", "Nederlands");
        m.add(nl, RDF.type, m.createResource(Vocab.DCTERMS + "LinguisticSystem"));
        return nl;
    }

    Resource frequency(Model m) {
        Resource f = concept(m, EU + "frequency/CONT", EU + "frequency", "voortdurend");
        m.add(f, RDF.type, m.createResource(Vocab.DCTERMS + "Frequency"));
        return f;
    }

    /** The EU planned-availability "stable": the dump's address stays, its content follows the data. */
    Resource stable(Model m) {
        return concept(m, EU + "planned-availability/STABLE", EU + "planned-availability", "stabiel");
    }

    Resource fileType(Model m, String code) {
        Resource f = concept(m, EU + "file-type/" + code, EU + "file-type", code.replace('_', ' '));
        m.add(f, RDF.type, m.createResource(Vocab.DCTERMS + "MediaTypeOrExtent"));
        return f;
    }

    Resource mediaType(Model m, String type) {
        Resource t = m.createResource(IANA + type);
        m.add(t, RDF.type, m.createResource(Vocab.DCTERMS + "MediaType"))
                .add(t, RDF.type, m.createResource(Vocab.DCTERMS + "MediaTypeOrExtent"));
        return t;
    }

    Resource themeScheme(Model m) {
        Resource scheme = m.createResource(EU + "data-theme");
        m.add(scheme, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(scheme, p(m, Vocab.DCTERMS, "title"), m.createLiteral("Data theme", "en"));
        return scheme;
    }

    Resource concept(Model m, String iri, String scheme, String label) {
        Resource c = m.createResource(iri);
        m.add(c, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                .add(c, p(m, Vocab.SKOS, "prefLabel"), m.createLiteral(label, "nl"))
                .add(c, p(m, Vocab.SKOS, "inScheme"), m.createResource(scheme));
        return c;
    }

    Resource document(Model m, String iri) {
        Resource d = m.createResource(iri);
        m.add(d, RDF.type, m.createResource(Vocab.FOAF + "Document"));
        return d;
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
