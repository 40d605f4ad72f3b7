package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A kiosk as docs/sync-protocol.md describes it, sending heartbeats over raw signed HTTP to a real central node.
 * Signs by the document, not by the central node's own code, so the protocol text is what is tested.
 */
public final class Vlootkiosk {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    public final String id;
    private final String secret;

    private Vlootkiosk(HttpClient http, String base, String id, String secret) {
        this.http = http;
        this.base = base;
        this.id = id;
        this.secret = secret;
    }

    /** Registers a kiosk with the staff key, then enrolls it with its one-time token. */
    public static Vlootkiosk enroll(HttpClient http, String base, String staffKey, String naam, String wijk)
            throws Exception {
        HttpResponse<String> registered = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/beheer/kiosks"))
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
                HttpRequest.newBuilder(URI.create(base + "/api/sync/v1/enroll"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\"" + token + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode credentials = JSON.readTree(enrolled.body());
        return new Vlootkiosk(
                http,
                base,
                credentials.get("kioskId").asText(),
                credentials.get("secret").asText());
    }

    /** A heartbeat of a healthy kiosk, with the given outbox depth and temperature; returns the reply. */
    public JsonNode heartbeat(long outbox, Double temperature) throws IOException, InterruptedException {
        return heartbeat(healthy(outbox, temperature));
    }

    public String healthy(long outbox, Double temperature) {
        return "{\"protocol\":1,\"software\":\"0.1.0-test\",\"uptimeSeconds\":120,\"outbox\":" + outbox
                + ",\"answersToday\":3,\"cpuTemperature\":" + temperature
                + ",\"throttled\":false,\"underVoltage\":false,"
                + "\"diskFreeBytes\":8000000000,\"diskTotalBytes\":16000000000,\"screenOn\":true,\"pageAlive\":true}";
    }

    public JsonNode heartbeat(String body) throws IOException, InterruptedException {
        HttpResponse<String> response =
                post("/api/sync/v1/heartbeat", body.getBytes(StandardCharsets.UTF_8), "application/json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("heartbeat refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> post(String path, byte[] body, String type) throws IOException, InterruptedException {
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        String canonical = "POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", type)
                        .header("Buurtstem-Kiosk", id)
                        .header("Buurtstem-Timestamp", timestamp)
                        .header("Buurtstem-Nonce", nonce)
                        .header("Buurtstem-Signature", hmac(canonical))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String hmac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
