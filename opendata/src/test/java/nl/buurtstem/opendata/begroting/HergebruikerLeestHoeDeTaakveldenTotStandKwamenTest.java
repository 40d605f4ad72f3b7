package nl.buurtstem.opendata.begroting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Iv3 taakvelden are not yet the official list (none was available to ship with the project): a reuser reading
 * the scheme is told so, in Dutch and English, before relying on its codes.
 */
class HergebruikerLeestHoeDeTaakveldenTotStandKwamenTest {

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_taakvelden_scheme_says_it_is_not_checked_against_the_official_list() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(centrale.url() + "id/begrippenkader/iv3-taakvelden/2024"))
                                .header("Accept", "text/turtle")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        var note = m.createProperty("http://www.w3.org/2004/02/skos/core#editorialNote");
        assertTrue(
                m.listObjectsOfProperty(note).toList().stream()
                        .anyMatch(n -> n.asLiteral().getLanguage().equals("en")
                                && n.asLiteral().getString().contains("not yet checked against the official")),
                r.body());
    }
}
