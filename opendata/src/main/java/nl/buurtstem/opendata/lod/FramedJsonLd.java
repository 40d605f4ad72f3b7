package nl.buurtstem.opendata.lod;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A thing's document as framed JSON-LD, for reusers who read JSON and not RDF: the thing at the root, what it
 * consists of and points to nested inside it, our terms by their short names from the published context
 * (/def/context.jsonld) and Dutch texts as plain strings. Asked for with {@code ?format=json} or
 * {@code Accept: application/ld+json;profile="http://www.w3.org/ns/json-ld#framed"}.
 *
 * <p>Only the Dutch texts: with its translations beside it a title would be a string in one document and an array of
 * objects in the next, as soon as a translator got to it. The RDF formats carry every language.
 */
final class FramedJsonLd {

    static final String PROFILE = "http://www.w3.org/ns/json-ld#framed";
    static final String MEDIA_TYPE = "application/ld+json; profile=\"" + PROFILE + "\"";

    private final JsonObject context;
    private final String contextUrl;

    /** @param contextDocument the published context document, {"@context": {...}} */
    FramedJsonLd(byte[] contextDocument, String contextUrl) {
        this.context = Json.createReader(new StringReader(new String(contextDocument, StandardCharsets.UTF_8)))
                .readObject()
                .getJsonObject("@context");
        this.contextUrl = contextUrl;
    }

    /** Whether the request asks for this representation. */
    static boolean asked(String accept, String format) {
        return "json".equals(format) || (accept != null && accept.contains(PROFILE));
    }

    byte[] frame(String iri, Model description) {
        ByteArrayOutputStream flat = new ByteArrayOutputStream();
        RDFDataMgr.write(flat, inDutch(description), RDFFormat.JSONLD11_FLAT);
        JsonObject frameContext =
                Json.createObjectBuilder(context).add("@language", "nl").build();
        JsonObject frame = Json.createObjectBuilder()
                .add("@context", frameContext)
                .add("@id", iri)
                // Every reference in full where it occurs (a JSON reader need not look things up elsewhere).
                .add("@embed", "@always")
                .build();
        JsonObject framed;
        try {
            framed = JsonLd.frame(JsonDocument.of(new ByteArrayInputStream(flat.toByteArray())), JsonDocument.of(frame))
                    .omitGraph(true)
                    .ordered(true)
                    .get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("framing our own description failed: " + e.getMessage(), e);
        }
        // The published context by address (cacheable, a few terms long), plus the language our texts are in.
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder()
                                .add(contextUrl)
                                .add(Json.createObjectBuilder().add("@language", "nl")));
        for (Map.Entry<String, JsonValue> e : framed.entrySet()) {
            if (!e.getKey().equals("@context")) {
                out.add(e.getKey(), e.getValue());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(bytes, StandardCharsets.UTF_8)
                .writeObject(out.build());
        return bytes.toByteArray();
    }

    private static Model inDutch(Model description) {
        Model dutch = ModelFactory.createDefaultModel().setNsPrefixes(description.getNsPrefixMap());
        description.listStatements().forEach(st -> {
            String taal = st.getObject().isLiteral() ? st.getLiteral().getLanguage() : "";
            if (taal.isEmpty() || taal.equals("nl")) {
                dutch.add(st);
            }
        });
        return dutch;
    }
}
