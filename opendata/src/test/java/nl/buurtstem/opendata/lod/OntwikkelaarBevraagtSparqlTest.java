package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.RauweVerbinding;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A developer who knows only SPARQL gets correct answers in every result format, from any web page, within limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OntwikkelaarBevraagtSparqlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale(
            // Three seconds: enough for every ordinary query on a busy machine, far too little for a cross product.
            node -> node.queryTimeout(Duration.ofSeconds(3)).maxResults(50));

    private Web web;
    private String plans;

    @BeforeAll
    void connect() {
        web = new Web(centrale.url());
        plans = """
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?plan ?titel WHERE {
                  ?plan a <%sdef/Plan> ; dct:title ?titel
                  FILTER(langMatches(lang(?titel), "nl"))
                } ORDER BY ?titel""".formatted(centrale.baseUri());
    }

    @Test
    void select_answers_in_json_xml_csv_and_tsv_by_get_and_post() throws Exception {
        Map<String, Lang> formats = Map.of(
                "application/sparql-results+json",
                ResultSetLang.RS_JSON,
                "application/sparql-results+xml",
                ResultSetLang.RS_XML,
                "text/csv",
                ResultSetLang.RS_CSV,
                "text/tab-separated-values",
                ResultSetLang.RS_TSV);
        for (Map.Entry<String, Lang> f : formats.entrySet()) {
            for (HttpResponse<String> r :
                    new HttpResponse[] {web.sparqlGet(plans, f.getKey()), web.sparqlPost(plans, f.getKey())}) {
                assertEquals(200, r.statusCode(), f.getKey() + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()));
                ResultSet rs = ResultSetMgr.read(
                        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), f.getValue());
                var rows = ResultSetFactory.makeRewindable(rs);
                assertEquals(2, rows.size(), f.getKey());
                assertEquals(
                        "Groen schoolplein Holtenbroek",
                        rows.next().get("titel").asLiteral().getLexicalForm());
            }
        }
    }

    @Test
    void ask_answers_true_or_false() throws Exception {
        String ask = "ASK { <%sid/wijk/WK019311> ?p ?o }".formatted(centrale.baseUri());
        JsonNode yes = JSON.readTree(
                web.sparqlGet(ask, "application/sparql-results+json").body());
        assertTrue(yes.get("boolean").asBoolean());
        JsonNode no =
                JSON.readTree(web.sparqlGet(ask.replace("WK019311", "WK999999"), "application/sparql-results+json")
                        .body());
        assertFalse(no.get("boolean").asBoolean());
    }

    @Test
    void construct_and_describe_answer_in_every_rdf_format() throws Exception {
        String construct = "CONSTRUCT { ?w ?p ?o } WHERE { BIND(<%sid/wijk/WK019311> AS ?w) ?w ?p ?o }"
                .formatted(centrale.baseUri());
        String describe = "DESCRIBE <%sid/plan/herinrichting-vechtstraat>".formatted(centrale.baseUri());
        Map<String, Lang> formats = Map.of(
                "text/turtle",
                Lang.TURTLE,
                "application/ld+json",
                Lang.JSONLD,
                "application/rdf+xml",
                Lang.RDFXML,
                "application/n-triples",
                Lang.NTRIPLES);
        for (Map.Entry<String, Lang> f : formats.entrySet()) {
            HttpResponse<String> c = web.sparqlPost(construct, f.getKey());
            assertEquals(200, c.statusCode(), c.body());
            Model m = Web.parse(c.body(), f.getValue());
            assertTrue(
                    m.listObjects().toList().stream()
                            .anyMatch(o ->
                                    o.isLiteral() && o.asLiteral().getString().equals("Diezerpoort")),
                    f.getKey() + " carries the wijk's name");
            HttpResponse<String> d = web.sparqlGet(describe, f.getKey());
            assertEquals(200, d.statusCode(), d.body());
            assertFalse(Web.parse(d.body(), f.getValue()).isEmpty(), f.getKey());
        }
    }

    @Test
    void a_web_page_on_another_site_may_query_it() throws Exception {
        HttpResponse<String> preflight = web.send("OPTIONS", "/sparql", null, null, null, "https://krant.example");
        assertTrue(preflight.statusCode() / 100 == 2, "preflight " + preflight.statusCode());
        assertEquals(
                "*",
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));

        HttpResponse<String> r = web.send(
                "POST",
                "/sparql",
                "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(plans, StandardCharsets.UTF_8),
                "application/sparql-results+json",
                "https://krant.example");
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void updates_are_refused_and_change_nothing() throws Exception {
        String update = "DELETE WHERE { ?s ?p ?o }";
        HttpResponse<String> direct = web.send("POST", "/sparql", "application/sparql-update", update, null, null);
        HttpResponse<String> form = web.send(
                "POST",
                "/sparql",
                "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8),
                null,
                null);

        assertEquals(403, direct.statusCode());
        assertEquals(403, form.statusCode());
        assertTrue(direct.body().contains("read-only"), direct.body());
        assertEquals(200, web.sparqlGet(plans, "text/csv").statusCode());
        assertTrue(web.sparqlGet(plans, "text/csv").body().contains("Nieuwe inrichting Vechtstraat"));
    }

    @Test
    void a_refused_update_leaves_the_connection_open_for_the_next_query() throws Exception {
        // When the body comes a moment after the headers, the refusal must still read it, or the server drops the
        // kept-alive connection and the client's next request on it fails unanswered.
        try (RauweVerbinding connection = new RauweVerbinding(centrale.url())) {
            assertEquals(
                    "HTTP/1.1 403 Forbidden",
                    connection.postMetLateBody(
                            "/sparql",
                            "application/sparql-update",
                            "DELETE WHERE { ?s ?p ?o }",
                            Duration.ofMillis(300)));

            assertEquals(
                    "HTTP/1.1 200 OK",
                    connection.get(
                            "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                            "application/sparql-results+json"),
                    "the same connection answers the next query");
        }
    }

    @Test
    void a_too_large_result_is_refused_with_a_clear_message() throws Exception {
        HttpResponse<String> r = web.sparqlGet("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");

        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at most 50 rows"), r.body());
        assertEquals(
                200,
                web.sparqlGet("SELECT * WHERE { ?s ?p ?o } LIMIT 50", "application/sparql-results+json")
                        .statusCode());
    }

    @Test
    void a_query_past_the_timeout_is_stopped_with_a_clear_message() throws Exception {
        HttpResponse<String> r = web.sparqlGet(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "application/sparql-results+json");

        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
    }

    @Test
    void a_browser_opening_the_endpoint_gets_the_query_page_with_examples() throws Exception {
        HttpResponse<String> page = web.get("/sparql", "text/html,application/xhtml+xml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<textarea"));
        assertTrue(page.body().contains("Plannen in mijn wijk"));
        assertTrue(
                page.body().contains("PREFIX bs: \\u003c" + centrale.baseUri() + "def/>"),
                "examples use this node's own IRIs");
        assertFalse(page.body().contains("https://cdn"), "served locally");
    }
}
