package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every term of our own that the published data uses is documented, and dereferences to that documentation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EigenTermenZijnGedocumenteerdTest {

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Web web;

    @BeforeAll
    void connect() {
        web = new Web(centrale.url());
    }

    @Test
    void every_own_class_and_property_in_use_has_a_comment() throws Exception {
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?term WHERE {
                  { ?s ?term ?o } UNION { ?s a ?term }
                  FILTER(STRSTARTS(STR(?term), "%1$sdef/") && !STRSTARTS(STR(?term), "%1$sdef/peilingresultaat-structuur")
                         && !STRSTARTS(STR(?term), "%1$sdef/begroting-structuur"))
                  FILTER NOT EXISTS { ?term rdfs:comment ?uitleg }
                } ORDER BY ?term""".formatted(centrale.baseUri());

        HttpResponse<String> undocumented = web.sparqlGet(query, "text/csv");

        assertEquals(200, undocumented.statusCode());
        assertEquals("term", undocumented.body().strip(), "undocumented terms:\n" + undocumented.body());
    }

    @Test
    void a_term_dereferences_to_its_meaning() throws Exception {
        HttpResponse<String> doc = web.get("/def/aantalAntwoorden", "text/turtle");

        assertEquals(200, doc.statusCode());
        Model m = Web.parse(doc.body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(centrale.baseUri() + "def/aantalAntwoorden"), RDFS.comment));
        assertEquals(200, web.get("/def/", "text/turtle").statusCode(), "the vocabulary itself");
    }
}
