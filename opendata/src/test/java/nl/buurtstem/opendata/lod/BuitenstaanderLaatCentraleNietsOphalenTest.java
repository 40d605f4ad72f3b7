package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whoever sends a query cannot make the central node fetch an address of their choosing (a port scan from inside the
 * municipality's network, or a service that answers only the node): SERVICE is refused unless the node's allow-list
 * names that endpoint, and FROM / FROM NAMED only pick graphs the node already holds.
 */
@Tag("slow")
class BuitenstaanderLaatCentraleNietsOphalenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    /** A service on the node's own machine that anyone would like the node to call. */
    private HttpServer binnen;

    private final List<String> verzoeken = new CopyOnWriteArrayList<>();
    private String adres;
    private Web web;

    @BeforeEach
    void start() throws Exception {
        binnen = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        binnen.createContext("/", exchange -> {
            verzoeken.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = """
                    {"head":{"vars":["geheim"]},"results":{"bindings":[{"geheim":{"type":"literal","value":"alleen voor binnen"}}]}}""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        binnen.start();
        adres = "http://127.0.0.1:" + binnen.getAddress().getPort() + "/sparql";
        web = new Web(centrale.url());
    }

    @AfterEach
    void stop() {
        binnen.stop(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?geheim WHERE { SERVICE <%s> { ?s ?p ?geheim } }",
                "SELECT ?geheim WHERE { SERVICE SILENT <%s> { ?s ?p ?geheim } }",
                "SELECT * WHERE { VALUES ?waar { <%s> } SERVICE ?waar { ?s ?p ?geheim } }",
                "SELECT * WHERE { BIND(IRI(\"%s\") AS ?waar) SERVICE ?waar { ?s ?p ?geheim } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?x ?y } } } LIMIT 1",
                "SELECT * WHERE { { SELECT ?geheim WHERE { SERVICE <%s> { ?s ?p ?geheim } } } }",
                "ASK { SERVICE <%s> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }",
                "DESCRIBE ?s WHERE { SERVICE <%s> { ?s ?p ?o } }"
            })
    void a_service_call_is_refused_with_a_clear_problem_and_no_request_leaves_the_node(String template)
            throws Exception {
        String query = template.formatted(adres);

        for (HttpResponse<String> r : List.of(
                web.sparqlGet(query, "application/sparql-results+json"),
                web.sparqlPost(query, "application/sparql-results+json"),
                web.send("POST", "/sparql", "application/sparql-query", query, "text/turtle", null))) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(
                    r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    r.headers().toString());
            JsonNode problem = JSON.readTree(r.body());
            assertEquals("/problems/service-not-allowed", problem.get("type").asText(), r.body());
            assertEquals(400, problem.get("status").asInt());
            assertTrue(problem.get("detail").asText().contains(adres), "names the refused endpoint: " + r.body());
        }
        assertEquals(List.of(), verzoeken, "the node sent nothing to " + adres);
    }

    @Test
    void from_and_from_named_pick_only_graphs_the_node_holds() throws Exception {
        String dataset = adres.replace("/sparql", "/data.ttl");
        String from = "SELECT * FROM <%1$s> FROM NAMED <%1$s> WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
                .formatted(dataset);
        String viaProtocol = "/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)
                + "&default-graph-uri=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8)
                + "&named-graph-uri=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8);

        HttpResponse<String> inQuery = web.sparqlGet(from, "application/sparql-results+json");
        HttpResponse<String> inProtocol = web.get(viaProtocol, "application/sparql-results+json");

        assertEquals(200, inQuery.statusCode(), inQuery.body());
        assertEquals(0, JSON.readTree(inQuery.body()).at("/results/bindings").size(), "no such graph here");
        assertEquals(200, inProtocol.statusCode(), inProtocol.body());
        assertEquals(0, JSON.readTree(inProtocol.body()).at("/results/bindings").size());
        assertEquals(List.of(), verzoeken, "the node sent nothing to " + dataset);
    }

    @Test
    void an_endpoint_on_the_nodes_allow_list_may_be_called_and_no_other() throws Exception {
        Files.writeString(
                centrale.data().resolve(ServiceAllowList.FILE),
                "# endpoints a query may call with SERVICE\n" + adres + "\n");
        centrale.herstart();
        web = new Web(centrale.url());

        HttpResponse<String> allowed = web.sparqlGet(
                "SELECT ?geheim WHERE { SERVICE <%s> { ?s ?p ?geheim } }".formatted(adres),
                "application/sparql-results+json");
        HttpResponse<String> other = web.sparqlGet(
                "SELECT ?geheim WHERE { SERVICE <%s> { ?s ?p ?geheim } }".formatted(adres + "/ander"),
                "application/sparql-results+json");

        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("alleen voor binnen"), allowed.body());
        assertEquals(400, other.statusCode(), other.body());
        assertEquals(1, verzoeken.size(), "one call, to the allowed endpoint only: " + verzoeken);
        assertTrue(
                verzoeken.get(0).startsWith("POST /sparql") || verzoeken.get(0).startsWith("GET /sparql?"));
    }
}
