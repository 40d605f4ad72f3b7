package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test fixture: the calls the fleet dashboard makes, with the staff key from the central node's data folder. */
public final class Beheer {

    public static final ObjectMapper JSON = new ObjectMapper();
    public final HttpClient http = HttpClient.newHttpClient();
    public final String base;
    public final String key;
    private final String metricsToken;

    public Beheer(String url, Path dataDir) throws Exception {
        this.base = url.replaceAll("/$", "");
        this.key = Files.readString(dataDir.resolve("staff-api-key")).trim();
        this.metricsToken = Files.readString(dataDir.resolve("metrics-token")).trim();
    }

    /** /metrics as Prometheus scrapes it, with the metrics token. */
    public HttpResponse<String> metrics() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/metrics"))
                        .header("Authorization", "Bearer " + metricsToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + key)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Saves {@code json} as the draft of a content item and publishes it; fails the test if either is refused. */
    public void publiceer(String soort, String id, String json) throws Exception {
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/beheer/inhoud/" + soort + "/" + id))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), soort + ": " + put.body());
        HttpResponse<String> publiceer = post("/api/beheer/inhoud/" + soort + "/" + id + "/publiceren", "{}");
        assertEquals(200, publiceer.statusCode(), soort + ": " + publiceer.body());
    }

    /** Gives a colleague an account with this role, as the beheerder does by script; fails the test if refused. */
    public void voegMedewerkerToe(String gebruikersnaam, String naam, String rol, String wachtwoord) throws Exception {
        HttpResponse<String> r = post(
                "/api/beheer/medewerkers",
                JSON.writeValueAsString(
                        Map.of("gebruikersnaam", gebruikersnaam, "naam", naam, "rol", rol, "wachtwoord", wachtwoord)));
        if (r.statusCode() != 201) {
            throw new AssertionError(
                    "the account " + gebruikersnaam + " was refused: " + r.statusCode() + " " + r.body());
        }
    }

    public HttpResponse<String> unauthenticated(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public String status(String kioskId) throws Exception {
        return get("/api/beheer/kiosks/" + kioskId).path("status").path("code").asText();
    }
}
