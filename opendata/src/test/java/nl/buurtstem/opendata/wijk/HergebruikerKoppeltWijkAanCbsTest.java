package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A researcher joins our wijken with CBS statistics: each wijk links to CBS's resource for that code in the year of
 * its Wijk- en Buurtkaart, and lies in the municipality as an area (a resource here, linked to CBS's), not in the
 * municipality as an organisation.
 */
class HergebruikerKoppeltWijkAanCbsTest {

    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void a_wijk_links_to_the_cbs_wijk_of_its_year_and_lies_in_the_gemeente_as_an_area() throws Exception {
        Model wijk = turtle("id/wijk/WK019311");
        Resource w = wijk.createResource(centrale.baseUri() + "id/wijk/WK019311");
        assertTrue(
                wijk.contains(
                        w,
                        wijk.createProperty(SKOS, "exactMatch"),
                        wijk.createResource("http://betalinkeddata.cbs.nl/regios/2025/id/wijk/WK019311")),
                "CBS's wijk of 2025, the year of its code");
        Resource gemeente = w.getPropertyResourceValue(wijk.createProperty("https://schema.org/containedInPlace"));
        assertEquals(centrale.baseUri() + "id/gemeente/GM0193", gemeente.getURI());
        assertTrue(wijk.contains(w, wijk.createProperty("http://www.opengis.net/ont/geosparql#sfWithin"), gemeente));

        Model area = turtle("id/gemeente/GM0193");
        Resource g = area.createResource(gemeente.getURI());
        assertTrue(
                area.contains(g, area.createProperty("https://schema.org/name"), area.createLiteral("Zwolle", "nl")),
                "the area has a name of its own");
        assertTrue(area.contains(
                g,
                area.createProperty(SKOS, "closeMatch"),
                area.createResource("http://betalinkeddata.cbs.nl/regios/2025/id/gemeente-geografisch/GM0193")));
        assertTrue(
                area.contains(
                        g,
                        area.createProperty("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                        area.createResource("https://identifier.overheid.nl/tooi/id/gemeente/gm0193")),
                "and leads to the municipality as an organisation");
    }

    private Model turtle(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path))
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }
}
