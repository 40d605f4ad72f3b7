package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Our own /def/ terms with their documentation, published so every term dereferences to what it means. */
public final class OwnVocabulary {

    private final Iris iris;

    public OwnVocabulary(Iris iris) {
        this.iris = iris;
    }

    public String graphIri() {
        return iris.graph("def", "vocabulaire");
    }

    public Graph graph() {
        try (InputStream in = OwnVocabulary.class.getResourceAsStream("/def/vocabulaire.ttl")) {
            String turtle = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", iris.base());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
            return m.getGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("the vocabulary is missing from the classpath", e);
        }
    }
}
