package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A developer follows any URI of ours: /id/ sends them on to /doc/, which speaks HTML and every RDF format. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OntwikkelaarVolgtUrisTest {

    private static final Map<String, Lang> FORMATS = Map.of(
            "text/turtle",
            Lang.TURTLE,
            "application/ld+json",
            Lang.JSONLD,
            "application/rdf+xml",
            Lang.RDFXML,
            "application/n-triples",
            Lang.NTRIPLES);

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Web web;

    @BeforeAll
    void connect() {
        web = new Web(centrale.url());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plan/herinrichting-vechtstraat",
                "peiling/speelplek-diezerpoort",
                "initiatief/buurtmoestuin-diezerpoort",
                "wijk/WK019311",
                "wijkbudget/wijkbudget-diezerpoort-2027",
                "taakveld/2024/6.1",
                "dataset/peilingresultaten",
                "catalogus/buurtstem"
            })
    void id_uri_answers_303_to_its_document_which_speaks_every_rdf_format(String ref) throws Exception {
        HttpResponse<String> seeOther = web.get("/id/" + ref, "text/turtle");
        assertEquals(303, seeOther.statusCode());
        assertEquals("/doc/" + ref, seeOther.headers().firstValue("Location").orElseThrow());

        Resource thing = ResourceFactory.createResource(centrale.baseUri() + "id/" + ref);
        for (Map.Entry<String, Lang> format : FORMATS.entrySet()) {
            HttpResponse<String> doc = web.get("/doc/" + ref, format.getKey());
            assertEquals(200, doc.statusCode(), format.getKey() + ": " + doc.body());
            assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(format.getKey()));
            Model m = Web.parse(doc.body(), format.getValue());
            assertTrue(m.contains(thing, RDF.type), format.getKey() + " says what " + thing + " is:\n" + doc.body());
        }
    }

    @Test
    void browser_gets_a_readable_page_with_links_to_the_other_formats() throws Exception {
        HttpResponse<String> page = web.get(
                "/doc/plan/herinrichting-vechtstraat",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Nieuwe inrichting Vechtstraat"), page.body());
        assertTrue(page.body().contains("Inloopavond over het ontwerp"), "participatiemoment shown");
        assertTrue(page.body().contains("?format=jsonld"));
    }

    @Test
    void poll_page_in_a_browser_shows_its_results() throws Exception {
        HttpResponse<String> page = web.get("/doc/peiling/speelplek-diezerpoort", "text/html");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Een moestuin"), page.body());
        assertTrue(page.body().contains("gepubliceerd"), "the page says how many answers are published");
    }

    @Test
    void plan_document_carries_its_participation_moment_with_date_and_place() throws Exception {
        Model m = Web.parse(
                web.get("/doc/plan/herinrichting-vechtstraat", "text/turtle").body(), Lang.TURTLE);
        String q = """
                PREFIX schema: <https://schema.org/>
                ASK { <%sid/plan/herinrichting-vechtstraat> schema:subjectOf ?m .
                      ?m schema:startDate "2026-12-10T19:30:00+01:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
                         schema:location/schema:name "Buurthuis De Kroon"@nl . }""".formatted(centrale.baseUri());
        assertTrue(QueryExecutionFactory.create(q, m).execAsk());
    }

    @Test
    void the_home_page_leads_to_the_endpoint_the_catalogue_and_the_dumps() throws Exception {
        HttpResponse<String> home = web.get("/", "text/html");

        assertEquals(200, home.statusCode());
        for (String link : new String[] {"href=\"/sparql\"", "href=\"/catalogus\"", "href=\"/dumps\""}) {
            assertTrue(home.body().contains(link), link);
        }
        assertTrue(
                home.body()
                        .contains(
                                "rel=\"license\" href=\"http://publications.europa.eu/resource/authority/licence/CC0\""),
                "the licence is on the home page");
        assertTrue(home.body().contains("href=\"mailto:open-data@gemeente.example\""), "and where questions go");
        assertTrue(
                home.body().contains("<a href=\"/doc/wijk/WK019311\">Diezerpoort</a>"),
                "each wijk, by its name, leads to what is published about it");
        HttpResponse<String> wijk = web.get("/doc/wijk/WK019311", "text/html");
        assertEquals(200, wijk.statusCode());
        assertTrue(wijk.body().contains("/id/plan/herinrichting-vechtstraat"), "the plan for that wijk is on its page");
        HttpResponse<String> catalogue = web.get("/catalogus", "text/turtle");
        assertEquals(303, catalogue.statusCode());
        assertTrue(
                web.get(catalogue.headers().firstValue("Location").orElseThrow(), "text/turtle")
                        .body()
                        .contains(centrale.baseUri() + "sparql"),
                "the catalogue names the endpoint");
    }

    @Test
    void a_browser_on_an_address_with_nothing_gets_a_page_in_dutch_with_the_ways_on() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String path : List.of("/doc/plan/bestaat-niet", "/catalogus/oud", "/plannen-van-vorig-jaar")) {
            HttpResponse<String> page = web.get(path, browser);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("<h1>Niet gevonden</h1>"), page.body());
            for (String weg : List.of("href=\"/\"", "href=\"/catalogus\"", "href=\"/sparql\"")) {
                assertTrue(page.body().contains(weg), path + " leads on with " + weg);
            }
        }
        HttpResponse<String> program = web.get("/doc/plan/bestaat-niet", "application/json");
        assertEquals(404, program.statusCode());
        assertTrue(
                program.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "a program keeps its JSON problem");
    }

    @Test
    void unknown_thing_is_404_and_unsupported_format_is_406() throws Exception {
        assertEquals(404, web.get("/doc/plan/bestaat-niet", "text/turtle").statusCode());
        assertEquals(
                406, web.get("/doc/plan/herinrichting-vechtstraat", "image/png").statusCode());
    }
}
