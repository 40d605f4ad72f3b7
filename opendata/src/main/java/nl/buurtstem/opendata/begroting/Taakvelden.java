package nl.buurtstem.opendata.begroting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * The Iv3 taakvelden as a versioned SKOS scheme we publish: the municipality's budget is reported per
 * taakveld, and the list changes between years, so each version is its own scheme and concept IRIs carry
 * the version (/id/taakveld/2024/6.1).
 */
public final class Taakvelden {

    public static final String VERSIE = "2024";

    private final Iris iris;
    private final Map<String, String> namen = new LinkedHashMap<>();

    public Taakvelden(Iris iris) {
        this.iris = iris;
        try (InputStream in = Taakvelden.class.getResourceAsStream("/begroting/iv3-taakvelden-" + VERSIE + ".tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    namen.put(parts[0].trim(), parts[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the Iv3 taakvelden list is missing from the classpath", e);
        }
    }

    public boolean bestaat(String code) {
        return namen.containsKey(code) && code.contains(".");
    }

    public String naam(String code) {
        return namen.get(code);
    }

    public String schemeIri() {
        return iris.id("begrippenkader", "iv3-taakvelden", VERSIE);
    }

    public String iri(String code) {
        return iris.id("taakveld", VERSIE, code);
    }

    public String graphIri() {
        return iris.graph("taakveld", VERSIE);
    }

    public Graph graph() {
        Model m = Vocab.prefixes(ModelFactory.createDefaultModel());
        Resource scheme = m.createResource(schemeIri());
        m.add(scheme, RDF.type, m.createResource(Vocab.SKOS + "ConceptScheme"))
                .add(
                        scheme,
                        m.createProperty(Vocab.SKOS, "prefLabel"),
                        m.createLiteral("Iv3-taakvelden gemeenten " + VERSIE, "nl"))
                .add(
                        scheme,
                        m.createProperty(Vocab.DCTERMS, "title"),
                        m.createLiteral("Iv3-taakvelden gemeenten " + VERSIE, "nl"))
                .add(scheme, OWL.versionInfo, VERSIE)
                .add(
                        scheme,
                        m.createProperty(Vocab.DCTERMS, "source"),
                        m.createResource("https://www.rijksoverheid.nl/onderwerpen/financien-gemeenten-en-provincies"));
        // Honest about what this list is until the official one ships with the project (issue 17): no official
        // machine-readable Iv3 list was available offline to check against or to link each year's scheme to.
        m.add(
                        scheme,
                        m.createProperty(Vocab.SKOS, "editorialNote"),
                        m.createLiteral(
                                "Met de hand overgenomen lijst, nog niet gecontroleerd tegen de officiële Iv3-lijst van "
                                        + "het ministerie van BZK; gebruikt voor de begrotingen van alle jaren. "
                                        + "Controleer codes en namen in de officiële lijst voordat u erop bouwt.",
                                "nl"))
                .add(
                        scheme,
                        m.createProperty(Vocab.SKOS, "editorialNote"),
                        m.createLiteral(
                                "Transcribed by hand and not yet checked against the official Iv3 list of the Dutch "
                                        + "Ministry of the Interior (BZK); used for the budgets of every year. Check "
                                        + "codes and names against the official list before relying on them.",
                                "en"));
        for (Map.Entry<String, String> t : namen.entrySet()) {
            Resource c = m.createResource(iri(t.getKey()));
            m.add(c, RDF.type, m.createResource(Vocab.SKOS + "Concept"))
                    .add(c, m.createProperty(Vocab.SKOS, "notation"), t.getKey())
                    .add(c, m.createProperty(Vocab.SKOS, "prefLabel"), m.createLiteral(t.getValue(), "nl"))
                    .add(c, m.createProperty(Vocab.SKOS, "inScheme"), scheme);
            if (t.getKey().contains(".")) {
                Resource hoofd =
                        m.createResource(iri(t.getKey().substring(0, t.getKey().indexOf('.'))));
                m.add(c, m.createProperty(Vocab.SKOS, "broader"), hoofd)
                        .add(hoofd, m.createProperty(Vocab.SKOS, "narrower"), c);
            } else {
                m.add(c, m.createProperty(Vocab.SKOS, "topConceptOf"), scheme)
                        .add(scheme, m.createProperty(Vocab.SKOS, "hasTopConcept"), c);
            }
        }
        return m.getGraph();
    }
}
