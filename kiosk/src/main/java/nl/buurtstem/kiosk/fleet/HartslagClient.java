package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.buurtstem.kiosk.sync.Credentials;
import nl.buurtstem.kiosk.sync.SignedClient;

/**
 * Sends heartbeats and screenshots to the central node through the kiosk's one {@link SignedClient}; a heartbeat's
 * reply says the central node's time, which every signed request then goes by.
 */
final class HartslagClient {

    static final String HEARTBEAT = "/api/sync/v1/heartbeat";
    private final ObjectMapper json;
    private final SignedClient central;

    HartslagClient(ObjectMapper json, SignedClient central) {
        this.json = json;
        this.central = central;
    }

    JsonNode heartbeat(Credentials me, byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = central.send(me, "POST", HEARTBEAT, body, "application/json", null);
        requireOk(response);
        JsonNode reply = json.readTree(response.body());
        if (reply.has("serverTime")) {
            central.serverTime(reply.get("serverTime").asLong());
        }
        return reply;
    }

    void screenshot(Credentials me, String actionId, byte[] png) throws IOException, InterruptedException {
        requireOk(central.send(me, "POST", "/api/sync/v1/screenshot/" + actionId, png, "image/png", null));
    }

    private static void requireOk(HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            String problem = new String(response.body(), StandardCharsets.UTF_8);
            throw new IOException("central node answered " + response.statusCode() + ": "
                    + (problem.length() > 200 ? problem.substring(0, 200) : problem));
        }
    }
}
