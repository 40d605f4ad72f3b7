package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * A query to a central node's SPARQL endpoint as anyone may send it: a form POST to {@code /sparql} (SPARQL 1.1
 * Protocol). The forms that read an answer fail the test unless the endpoint answers 200.
 *
 * <pre>{@code
 * JsonNode rows = Sparql.select(centrale.url(), "SELECT ?s WHERE { ?s a <...> }");
 * }</pre>
 */
public final class Sparql {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Sparql() {}

    /** The request itself, for a test that sends it with a client of its own; {@code nodeUrl} ends in "/". */
    public static HttpRequest request(String nodeUrl, String query, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeUrl + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.build();
    }

    /** The endpoint's answer, whatever its status. */
    public static HttpResponse<String> post(String nodeUrl, String query, String accept) throws Exception {
        return HTTP.send(request(nodeUrl, query, accept), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body in {@code accept}. */
    public static String body(String nodeUrl, String query, String accept) throws Exception {
        HttpResponse<String> response = post(nodeUrl, query, accept);
        assertEquals(200, response.statusCode(), query + "\n" + response.body());
        return response.body();
    }

    /** The whole JSON result of a SELECT or ASK. */
    public static JsonNode results(String nodeUrl, String query) throws Exception {
        return JSON.readTree(body(nodeUrl, query, "application/sparql-results+json"));
    }

    /** The rows of a SELECT. */
    public static JsonNode select(String nodeUrl, String query) throws Exception {
        return results(nodeUrl, query).path("results").path("bindings");
    }

    public static boolean ask(String nodeUrl, String query) throws Exception {
        return results(nodeUrl, query).path("boolean").asBoolean();
    }

    /** The graph a CONSTRUCT or DESCRIBE answers, read as N-Triples. */
    public static Model construct(String nodeUrl, String query) throws Exception {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(body(nodeUrl, query, "application/n-triples")), null, "N-TRIPLES");
        return model;
    }
}
