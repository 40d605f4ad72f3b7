package nl.buurtstem.opendata.catalogus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalogue a developer finds at /catalogus validates with zero violations against the DCAT-AP 3.0.1
 * split shapes and the DCAT-AP-NL 3.0 shapes (copies with their SOURCE note in src/test/resources/standards).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogusVoldoetAanDcatApNlTest {

    private static final List<String> SHAPES = List.of(
            "dcat-ap-3.0.1/validation-split/shapes.ttl",
            "dcat-ap-3.0.1/validation-split/range.ttl",
            "dcat-ap-3.0.1/validation-split/shapes_recommended.ttl",
            "dcat-ap-3.0.1/validation-split/mdr-vocabularies.shape.ttl",
            "dcat-ap-3.0.1/validation-split/deprecateduris.ttl",
            "dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
            "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
            "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
            "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl");

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Model catalogue;

    @BeforeAll
    void fetchCatalogue() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "catalogus"))
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        catalogue = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(catalogue);
    }

    @Test
    void catalogue_has_zero_violations_of_dcat_ap_and_dcat_ap_nl() {
        for (String file : SHAPES) {
            Graph shapes = load("/standards/dcat-ap/" + file);
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), catalogue.getGraph());
            String violations = report.getEntries().stream()
                    .filter(e -> e.severity().level().equals(Severity.Violation.level()))
                    .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                    .collect(Collectors.joining("\n"));
            assertTrue(violations.isEmpty(), file + ":\n" + violations);
        }
    }

    /**
     * Warnings the data cannot answer: the publisher is a Dutch municipality as TOOI names it (DCAT-AP-NL's choice)
     * and the area is the municipality, neither in an EU list; no boundary of the municipality is shipped yet.
     */
    private static final List<String> NOT_FILLABLE = List.of(
            "<http://purl.org/dc/terms/publisher>: Node[<http://data.europa.eu/r5r#",
            "/id/gemeente/GM0193 <http://www.w3.org/ns/dcat#bbox>",
            "/id/gemeente/GM0193 <http://www.w3.org/ns/dcat#centroid>");

    @Test
    void catalogue_leaves_no_recommended_property_empty_that_the_data_could_fill() {
        StringBuilder warnings = new StringBuilder();
        for (String file : SHAPES) {
            Graph shapes = load("/standards/dcat-ap/" + file);
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), catalogue.getGraph());
            report.getEntries().stream()
                    .filter(e -> e.severity().level().equals(Severity.Warning.level()))
                    .filter(e -> NOT_FILLABLE.stream()
                            .noneMatch(n -> (e.focusNode() + " " + e.resultPath() + ": " + e.message()).contains(n)))
                    .filter(e -> !(e.resultPath().toString().contains("spatial")
                            && e.message().contains("GM0193")))
                    .forEach(e -> warnings.append(
                            file + " " + e.focusNode() + " " + e.resultPath() + ": " + e.message() + "\n"));
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void catalogue_lists_every_dataset_with_dumps_and_the_sparql_endpoint() {
        String dcat = "http://www.w3.org/ns/dcat#";
        var datasets = catalogue
                .listSubjectsWithProperty(RDF.type, catalogue.createResource(dcat + "Dataset"))
                .toList();
        List<String> slugs = datasets.stream()
                .map(d -> d.getURI().substring(d.getURI().lastIndexOf('/') + 1))
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "begroting",
                        "evaluaties",
                        "initiatieven",
                        "menukaart",
                        "peilingresultaten",
                        "plannen",
                        "wijken"),
                slugs);
        for (var d : datasets) {
            var formats = d.listProperties(catalogue.createProperty(dcat, "distribution")).toList().stream()
                    .map(s -> s.getResource()
                            .getPropertyResourceValue(catalogue.createProperty(dcat, "mediaType"))
                            .getURI())
                    .collect(Collectors.toSet());
            assertTrue(
                    formats.containsAll(List.of(
                            "http://www.iana.org/assignments/media-types/text/turtle",
                            "http://www.iana.org/assignments/media-types/application/n-triples",
                            "http://www.iana.org/assignments/media-types/application/ld+json")),
                    d + " " + formats);
        }
        var service = catalogue
                .listSubjectsWithProperty(RDF.type, catalogue.createResource(dcat + "DataService"))
                .next();
        assertEquals(
                centrale.baseUri() + "sparql",
                service.getPropertyResourceValue(catalogue.createProperty(dcat, "endpointURL"))
                        .getURI());
        assertTrue(catalogue.contains(
                null,
                catalogue.createProperty("http://purl.org/dc/terms/license"),
                catalogue.createResource("http://publications.europa.eu/resource/authority/licence/CC0")));
    }

    private static Graph load(String resource) {
        try (InputStream in = CatalogusVoldoetAanDcatApNlTest.class.getResourceAsStream(resource)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m.getGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
