package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    public final HttpClient http;
    public final String base;
    public final String key;
    private final Path dataDir;

    /** Staff of the node at {@code url}, with the key from its data folder. */
    public Beheer(String url, Path dataDir) throws IOException {
        this(HttpClient.newHttpClient(), url, sleutel(dataDir), dataDir);
    }

    /** Staff who have only the key, calling through {@code http} (a bench's client, a proxy's address as url). */
    public Beheer(HttpClient http, String url, String key) {
        this(http, url, key, null);
    }

    private Beheer(HttpClient http, String url, String key, Path dataDir) {
        this.http = http;
        this.base = url.replaceAll("/$", "");
        this.key = key;
        this.dataDir = dataDir;
    }

    /** The key scripts use on the staff API, as the node writes it to its data folder. */
    public static String sleutel(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("staff-api-key")).trim();
    }

    /** The password of the node's own admin account, as the node writes it to its data folder. */
    public static String beheerderswachtwoord(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("staff-admin-password")).trim();
    }

    /** /metrics as Prometheus scrapes it, with the metrics token from the node's data folder. */
    public HttpResponse<String> metrics() throws Exception {
        if (dataDir == null) {
            throw new IllegalStateException("the metrics token is in the node's data folder, which this Beheer lacks");
        }
        String metricsToken = Files.readString(dataDir.resolve("metrics-token")).trim();
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/metrics"))
                        .header("Authorization", "Bearer " + metricsToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call with the staff key, a JSON body if any ({@code null}: none); the answer is the test's to check. */
    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, "application/json", json);
    }

    /** A call with the staff key and a body of {@code contentType} if any ({@code null}: none), e.g. a CSV upload. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
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

    /** Registers a kiosk for {@code wijk}; its kioskId and one-time enrollmentToken, failing unless registered. */
    public JsonNode registreerKiosk(String naam, String wijk) throws Exception {
        HttpResponse<String> r =
                post("/api/beheer/kiosks", JSON.writeValueAsString(Map.of("naam", naam, "wijk", wijk)));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("registering a kiosk failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** A kiosk as the dashboard shows it (status, heartbeat, alerts, actions), read whatever the node answers. */
    public JsonNode kiosk(String kioskId) throws Exception {
        return JSON.readTree(send("GET", "/api/beheer/kiosks/" + kioskId, null).body());
    }

    /** Asks a kiosk to act (show a message, reload, restart, screenshot); the answer is the test's to check. */
    public HttpResponse<String> vraagActie(String kioskId, String actie) throws Exception {
        return post("/api/beheer/kiosks/" + kioskId + "/acties", actie);
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
