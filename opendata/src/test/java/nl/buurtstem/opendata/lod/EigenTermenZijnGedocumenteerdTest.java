package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every term of our own that the published data uses is documented, and dereferences to that documentation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EigenTermenZijnGedocumenteerdTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void every_own_term_has_one_label_and_a_comment_in_dutch_and_in_english() throws Exception {
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?term ?lang (COUNT(DISTINCT ?label) AS ?labels) (COUNT(DISTINCT ?comment) AS ?comments)
                WHERE {
                  ?term rdfs:isDefinedBy <%1$sdef/> .
                  VALUES ?lang { "nl" "en" }
                  OPTIONAL { ?term rdfs:label ?label FILTER(LANG(?label) = ?lang) }
                  OPTIONAL { ?term rdfs:comment ?comment FILTER(LANG(?comment) = ?lang) }
                } GROUP BY ?term ?lang
                HAVING (COUNT(DISTINCT ?label) != 1 || COUNT(DISTINCT ?comment) < 1)
                ORDER BY ?term""".formatted(centrale.baseUri());

        HttpResponse<String> wrong = web.sparqlGet(query, "text/csv");

        assertEquals(200, wrong.statusCode());
        assertEquals(
                "term,lang,labels,comments",
                wrong.body().strip(),
                "terms without exactly one label, or without a comment, per language:\n" + wrong.body());
    }

    @Test
    void the_vocabulary_document_is_the_whole_vocabulary_with_version_and_licence() throws Exception {
        Model turtle = Web.parse(web.get("/def/", "text/turtle").body(), Lang.TURTLE);
        Model jsonld = Web.parse(web.get("/def/", "application/ld+json").body(), Lang.JSONLD);
        String html = web.get("/def/", "text/html").body();

        Resource ontology = turtle.createResource(centrale.baseUri() + "def/");
        assertTrue(ontology.hasProperty(OWL.versionInfo), "a version");
        assertTrue(ontology.hasProperty(turtle.createProperty("http://purl.org/dc/terms/license")), "a licence");
        List<Resource> terms =
                turtle.listSubjectsWithProperty(RDFS.isDefinedBy, ontology).toList();
        String used = """
                SELECT DISTINCT ?term WHERE {
                  { ?s ?term ?o } UNION { ?s a ?term }
                  FILTER(STRSTARTS(STR(?term), "%1$sdef/") && !CONTAINS(STR(?term), "-structuur"))
                }""".formatted(centrale.baseUri());
        List<String> inUse =
                List.of(web.sparqlGet(used, "text/csv").body().strip().split("\\R"));
        for (String term : inUse.subList(1, inUse.size())) {
            assertTrue(terms.contains(turtle.createResource(term)), term + " is used and in the document");
        }
        assertTrue(inUse.size() > 10, inUse.toString());
        assertTrue(jsonld.isIsomorphicWith(turtle), "the same document in JSON-LD");
        for (Resource term : terms) {
            String local = term.getURI().substring((centrale.baseUri() + "def/").length());
            assertTrue(html.contains("id=\"" + local + "\""), "the page has a section for " + local);
        }
        assertTrue(html.contains("Poll") && html.contains("Peiling"), "both languages on the page");
    }

    @Test
    void a_term_is_its_own_document_not_its_own_primary_topic() throws Exception {
        for (String term : List.of("aantalAntwoorden", "Plan", "wijk")) {
            Model m = Web.parse(web.get("/def/" + term, "text/turtle").body(), Lang.TURTLE);
            Resource r = m.createResource(centrale.baseUri() + "def/" + term);
            assertFalse(m.contains(r, FOAF.primaryTopic, r), term + " is its own primary topic");
            assertTrue(r.hasProperty(RDFS.label), term);
        }
    }

    @Test
    void the_published_json_ld_context_lets_plain_json_say_what_our_data_says() throws Exception {
        HttpResponse<String> r = web.get("/def/context.jsonld", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String context = JSON.readTree(r.body()).get("@context").toString();
        String plainJson = """
                {"@context": %s,
                 "@id": "%sid/peiling/obs-1", "@type": "qb:Observation",
                 "peiling": "%sid/peiling/speelplek-diezerpoort", "aantalAntwoorden": 7, "periode": "2026-12-01T00:00:00+01:00"}""".formatted(context, centrale.baseUri(), centrale.baseUri());

        Model m = Web.parse(plainJson, Lang.JSONLD);

        Resource obs = m.createResource(centrale.baseUri() + "id/peiling/obs-1");
        String def = centrale.baseUri() + "def/";
        assertTrue(obs.hasProperty(RDF.type, m.createResource("http://purl.org/linked-data/cube#Observation")));
        assertTrue(
                obs.hasProperty(
                        m.createProperty(def + "peiling"),
                        m.createResource(centrale.baseUri() + "id/peiling/speelplek-diezerpoort")),
                "an IRI, not a string");
        assertEquals(
                XSDDatatype.XSDinteger.getURI(),
                obs.getProperty(m.createProperty(def + "aantalAntwoorden"))
                        .getLiteral()
                        .getDatatypeURI());
        assertEquals(
                XSDDatatype.XSDdateTime.getURI(),
                obs.getProperty(m.createProperty(def + "periode")).getLiteral().getDatatypeURI(),
                "typed after the term's range:\n" + r.body());
    }
}
