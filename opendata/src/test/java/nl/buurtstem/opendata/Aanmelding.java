package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** How a new kiosk comes to be: staff register it, it enrolls with the one-time token and gets its identity. */
final class Aanmelding {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Aanmelding() {}

    /** Registers a kiosk with the staff key at {@code root}, enrolls it and returns its credentials (kioskId, secret). */
    static JsonNode meldAan(HttpClient http, String root, String staffKey, String naam, String wijk) throws Exception {
        String token = new Beheer(http, root, staffKey)
                .registreerKiosk(naam, wijk)
                .get("enrollmentToken")
                .asText();
        HttpResponse<String> enrolled = http.send(
                HttpRequest.newBuilder(URI.create(root + "/api/sync/v1/enroll"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\"" + token + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(enrolled.body());
    }
}
