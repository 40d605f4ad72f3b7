package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import nl.buurtstem.kiosk.sync.Credentials;
import nl.buurtstem.kiosk.sync.Signer;

/**
 * Sends heartbeats and screenshots to the central node, signed like every sync request. A refusal for a
 * stale timestamp teaches it the central node's clock, as the sync client does.
 */
final class HeartbeatClient {

    static final String HEARTBEAT = "/api/sync/v1/heartbeat";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final ObjectMapper json;
    private final String central;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile long clockOffsetMillis;

    HeartbeatClient(ObjectMapper json, String centralUrl) {
        this.json = json;
        this.central = centralUrl.replaceAll("/+$", "");
    }

    JsonNode heartbeat(Credentials me, byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = signed(me, HEARTBEAT, body, "application/json");
        requireOk(response);
        JsonNode reply = json.readTree(response.body());
        if (reply.has("serverTime")) {
            long offset = reply.get("serverTime").asLong() - System.currentTimeMillis();
            if (Math.abs(offset) > 60_000) {
                clockOffsetMillis = offset;
            }
        }
        return reply;
    }

    void screenshot(Credentials me, String actionId, byte[] png) throws IOException, InterruptedException {
        requireOk(signed(me, "/api/sync/v1/screenshot/" + actionId, png, "image/png"));
    }

    private HttpResponse<byte[]> signed(Credentials me, String path, byte[] body, String type)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(me, path, body, type);
        if (response.statusCode() == 401) {
            JsonNode problem = json.readTree(response.body());
            if (problem.path("type").asText().endsWith("/stale-timestamp")) {
                clockOffsetMillis = problem.path("serverTime").asLong() - System.currentTimeMillis();
                response = send(me, path, body, type);
            }
        }
        return response;
    }

    private HttpResponse<byte[]> send(Credentials me, String path, byte[] body, String type)
            throws IOException, InterruptedException {
        long now = System.currentTimeMillis() + clockOffsetMillis;
        String nonce = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(central + path))
                .timeout(TIMEOUT)
                .header("Content-Type", type)
                .header("Buurtstem-Kiosk", me.kioskId())
                .header("Buurtstem-Timestamp", Long.toString(now))
                .header("Buurtstem-Nonce", nonce)
                .header("Buurtstem-Signature", new Signer(me.secret()).sign("POST", path, now, nonce, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void requireOk(HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            String problem = new String(response.body(), StandardCharsets.UTF_8);
            throw new IOException("central node answered " + response.statusCode() + ": "
                    + (problem.length() > 200 ? problem.substring(0, 200) : problem));
        }
    }
}
