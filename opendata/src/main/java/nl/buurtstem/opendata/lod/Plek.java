package nl.buurtstem.opendata.lod;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A place where residents take part, such as a buurthuis: a resource of its own (/id/plek/buurthuis-de-kroon), so
 * every plan meeting there and every kiosk standing there point to the same place, with its address when staff gave
 * one.
 */
public final class Plek {

    /** A postal address, e.g. Vechtstraat 1, 8021 AB, Zwolle. */
    public record Adres(String straat, String postcode, String plaats) {}

    private final Iris iris;

    public Plek(Iris iris) {
        this.iris = iris;
    }

    /** The place called {@code naam}, described in {@code m}; with its address unless {@code adres} is null. */
    public Resource resource(Model m, String naam, Adres adres) {
        String ref = ref(naam);
        Resource place = m.createResource(iris.id("plek", ref));
        m.add(place, RDF.type, m.createResource(Vocab.SCHEMA + "Place"))
                .add(place, RDFS.label, m.createLiteral(naam, "nl"))
                .add(place, m.createProperty(Vocab.SCHEMA, "name"), m.createLiteral(naam, "nl"));
        if (adres != null) {
            Resource a = m.createResource(iris.id("plek", ref, "adres"));
            m.add(place, m.createProperty(Vocab.SCHEMA, "address"), a)
                    .add(a, RDF.type, m.createResource(Vocab.SCHEMA + "PostalAddress"));
            text(m, a, "streetAddress", adres.straat());
            text(m, a, "postalCode", adres.postcode());
            text(m, a, "addressLocality", adres.plaats());
            m.add(a, m.createProperty(Vocab.SCHEMA, "addressCountry"), "NL");
        }
        return place;
    }

    /** "Buurthuis De Kroon" becomes "buurthuis-de-kroon": the same name is the same place. */
    public static String ref(String naam) {
        String ascii = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String ref =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ref.isEmpty() ? "plek" : ref;
    }

    private static void text(Model m, Resource r, String property, String value) {
        if (value != null && !value.isBlank()) {
            m.add(r, m.createProperty(Vocab.SCHEMA, property), value.strip());
        }
    }
}
