package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** How a new kiosk comes to be: staff register it, it enrolls with the one-time token and gets its identity. */
final class Aanmelding {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Aanmelding() {}

    /** Registers a kiosk with the staff key at {@code root}, enrolls it and returns its credentials (kioskId, secret). */
    static JsonNode meldAan(HttpClient http, String root, String staffKey, String naam, String wijk) throws Exception {
        HttpResponse<String> registered = http.send(
                HttpRequest.newBuilder(URI.create(root + "/api/beheer/kiosks"))
                        .header("Authorization", "Bearer " + staffKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                JSON.writeValueAsBytes(Map.of("naam", naam, "wijk", wijk))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register failed: " + registered.body());
        }
        String token = JSON.readTree(registered.body()).get("enrollmentToken").asText();
        HttpResponse<String> enrolled = http.send(
                HttpRequest.newBuilder(URI.create(root + "/api/sync/v1/enroll"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\"" + token + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(enrolled.body());
    }
}
