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
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.peiling.Peiling;

/**
 * Test fixture: what staff do on the central node's API (content, kiosks, colleagues) and the calls the fleet
 * dashboard makes, with the staff key from the central node's data folder. Each staff call is written here once.
 */
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

    /** A call with the staff key, a JSON body if any ({@code null}: none); the answer is the test's to check. */
    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    /** Saves {@code json} as the draft of a content item; the answer is the test's to check. */
    public HttpResponse<String> bewaar(String soort, String id, String json) throws Exception {
        return send("PUT", "/api/beheer/inhoud/" + soort + "/" + id, json);
    }

    /** Publishes the saved draft of a content item; the answer is the test's to check. */
    public HttpResponse<String> publiceren(String soort, String id) throws Exception {
        return post("/api/beheer/inhoud/" + soort + "/" + id + "/publiceren", "{}");
    }

    /** Saves {@code json} as the draft of a content item and, if saved, publishes it; the last answer. */
    public HttpResponse<String> bewaarEnPubliceer(String soort, String id, String json) throws Exception {
        HttpResponse<String> bewaard = bewaar(soort, id, json);
        return bewaard.statusCode() == 200 ? publiceren(soort, id) : bewaard;
    }

    /** Saves {@code json} as the draft of a content item and publishes it; fails the test if either is refused. */
    public void publiceer(String soort, String id, String json) throws Exception {
        HttpResponse<String> r = bewaarEnPubliceer(soort, id, json);
        assertEquals(200, r.statusCode(), soort + ": " + r.body());
    }

    /**
     * Publishes a poll (not a demo) as a publisher does, draft then publish; fails the test if either is refused.
     *
     * @param wijk the wijk it is asked in; null: every wijk
     */
    public void publiceerPeiling(String id, String wijk, String vraag, String... opties) throws Exception {
        publiceer("peiling", id, JSON.writeValueAsString(new Peiling(id, wijk, vraag, List.of(opties), false)));
    }

    /** Withdraws a published content item; the answer is the test's to check. */
    public HttpResponse<String> trekIn(String soort, String id) throws Exception {
        return post("/api/beheer/inhoud/" + soort + "/" + id + "/intrekken", "{}");
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

    /** Revokes a kiosk (stolen, broken) with the reason staff give; the answer is the test's to check. */
    public HttpResponse<String> trekKioskIn(String kioskId, String reden) throws Exception {
        return post("/api/beheer/kiosks/" + kioskId + "/intrekken", JSON.writeValueAsString(Map.of("reden", reden)));
    }

    /** Sets the opening hours of a kiosk's buurthuis (a JSON object, or "null"); the answer is the test's to check. */
    public HttpResponse<String> zetOpeningstijden(String kioskId, String openingstijden) throws Exception {
        return send("PUT", "/api/beheer/kiosks/" + kioskId + "/openingstijden", openingstijden);
    }

    public HttpResponse<String> unauthenticated(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public String status(String kioskId) throws Exception {
        return get("/api/beheer/kiosks/" + kioskId).path("status").path("code").asText();
    }
}
