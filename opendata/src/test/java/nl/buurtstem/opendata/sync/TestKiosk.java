package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.buurtstem.opendata.CentralNode;

/** A kiosk as the protocol document describes it, speaking raw HTTP to a real central node. */
final class TestKiosk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    final String id;
    final String secret;

    private TestKiosk(String base, String id, String secret) {
        this.base = base;
        this.id = id;
        this.secret = secret;
    }

    /** Registers a kiosk with the staff key, then enrolls it with the one-time token. */
    static TestKiosk enroll(CentralNode node, String wijk) throws Exception {
        String base = node.url().replaceAll("/$", "");
        HttpClient http = HttpClient.newHttpClient();
        String key = java.nio.file.Files.readString(node.dataDir().resolve("staff-api-key")).trim();
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/kiosks"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"naam\":\"Testkiosk\",\"wijk\":\"" + wijk + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register failed: " + registered.body());
        }
        String token = JSON.readTree(registered.body()).get("enrollmentToken").asText();
        HttpResponse<String> enrolled = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sync/v1/enroll"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\"" + token + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode credentials = JSON.readTree(enrolled.body());
        return new TestKiosk(base, credentials.get("kioskId").asText(), credentials.get("secret").asText());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, secret, System.currentTimeMillis());
    }

    HttpResponse<String> send(String method, String path, String body, String signingSecret, long timestamp)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String nonce = UUID.randomUUID().toString();
        String ts = Long.toString(timestamp);
        String signature = RequestSignature.sign(signingSecret, RequestSignature.canonical(method, path, ts, nonce, bytes));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header(RequestSignature.KIOSK, id)
                .header(RequestSignature.TIMESTAMP, ts)
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, signature)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> unsigned(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String answerBatch(long seq, String peiling, int optie) {
        return "{\"protocol\":1,\"sentAt\":\"" + java.time.Instant.now() + "\",\"events\":[{\"seq\":" + seq
                + ",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"antwoord\",\"at\":\"" + java.time.Instant.now()
                + "\",\"data\":{\"peiling\":\"" + peiling + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}}]}";
    }
}
