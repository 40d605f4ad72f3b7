package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import nl.buurtstem.kiosk.KioskConfig;

/**
 * The municipality's side of a fault test, whether its central node runs in this JVM or in its own:
 * what staff do (register, revoke) and what an auditor counts (its SQLite file, its SPARQL endpoint).
 */
final class Centrale {

    static final String WIJK = "WK019302";
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final Path data;

    /** @param url where the central node answers, ending in "/"; also its base URI (the default) */
    Centrale(String url, Path data) {
        this.url = url;
        this.data = data;
    }

    String url() {
        return url;
    }

    record Registratie(String kioskId, KioskConfig config) {
    }

    /** Registers a kiosk as staff would; the config is what {@code buurtstem enroll} writes, pointed at {@code via}. */
    Registratie registreer(String naam, String via) throws Exception {
        HttpResponse<String> response = staff("POST", "api/staff/kiosks", "{\"naam\":\"" + naam + "\",\"wijk\":\"" + WIJK + "\"}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registering a kiosk failed: " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Registratie(body.get("kioskId").asText(),
                new KioskConfig(via, naam, WIJK, body.get("enrollmentToken").asText()));
    }

    void trekIn(String kioskId, String reden) throws Exception {
        HttpResponse<String> response = staff("POST", "api/staff/kiosks/" + kioskId + "/revoke", "{\"reden\":\"" + reden + "\"}");
        if (response.statusCode() != 204) {
            throw new IllegalStateException("revoking failed: " + response.body());
        }
    }

    /** Answers of this kiosk in the central node's database, read from its file as an auditor would. */
    long telling(String kioskId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("central.db"));
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM antwoord WHERE kiosk_id = ?")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Answers of this kiosk in the published Data Cube, summed over the SPARQL protocol. */
    long sparqlTelling(String kioskId) throws Exception {
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?totaal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ; <%1$sdef/kiosk> <%1$sid/kiosk/%2$s> ;
                       <%1$sdef/aantalAntwoorden> ?n .
                }""".formatted(url, kioskId);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "sparql"))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SPARQL answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode totaal = JSON.readTree(response.body()).path("results").path("bindings").path(0).path("totaal").path("value");
        return totaal.isMissingNode() ? 0 : totaal.asLong();
    }

    private HttpResponse<String> staff(String method, String path, String body) throws Exception {
        String key = Files.readString(data.resolve("staff-api-key")).trim();
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + key)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
