package nl.buurtstem.opendata.lod;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.buurtstem.opendata.Sparql;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** A developer's HTTP client against a running central node: no redirects followed unless asked. */
final class Web {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Web(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path.substring(1)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> sparqlGet(String query, String accept) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    HttpResponse<String> sparqlPost(String query, String accept) throws Exception {
        return http.send(Sparql.request(base, query, accept), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String accept, String origin)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .lang(lang)
                .parse(m);
        return m;
    }
}
