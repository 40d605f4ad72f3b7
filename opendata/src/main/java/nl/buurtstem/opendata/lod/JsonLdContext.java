package nl.buurtstem.opendata.lod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The JSON-LD @context published at /def/context.jsonld: the prefixes our data uses, and every term of our own by
 * its short name, typed after its range (an IRI, a number, a date), so a reuser can write and read our data as
 * plain JSON. Made from the vocabulary itself, so it cannot fall behind it.
 */
final class JsonLdContext {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdContext() {}

    static byte[] of(Iris iris, Model vocabulary) {
        String ns = iris.base() + "def/";
        ObjectNode context = JSON.createObjectNode();
        context.put("@version", 1.1);
        Map<String, String> prefixes =
                new TreeMap<>(Vocab.prefixes(ModelFactory.createDefaultModel()).getNsPrefixMap());
        prefixes.put("vcard", Vocab.VCARD);
        prefixes.put("bs", ns);
        prefixes.forEach(context::put);
        for (Resource term :
                vocabulary.listSubjectsWithProperty(RDFS.isDefinedBy).toList()) {
            String uri = term.getURI();
            if (uri == null || uri.equals(ns) || !uri.startsWith(ns)) {
                continue;
            }
            String name = uri.substring(ns.length());
            if (term.hasProperty(RDF.type, RDFS.Class)) {
                context.put(name, "bs:" + name);
                continue;
            }
            ObjectNode definition = context.putObject(name);
            definition.put("@id", "bs:" + name);
            Resource range = term.getPropertyResourceValue(RDFS.range);
            if (range != null && range.isURIResource()) {
                if (range.getURI().startsWith(XSD.NS)) {
                    definition.put("@type", "xsd:" + range.getLocalName());
                } else if (!range.equals(RDF.langString)) {
                    definition.put("@type", "@id");
                }
            }
        }
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", context);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a context is always JSON", e);
        }
    }
}
