package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import nl.buurtstem.opendata.sync.RequestSignature;

/** A kiosk as the protocol document describes it, speaking raw HTTP to a real central node. */
public final class TestKiosk {

    public static final String PEILING = "speelplek-diezerpoort";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    public final String id;
    public final String secret;

    private TestKiosk(String base, String id, String secret) {
        this.base = base;
        this.id = id;
        this.secret = secret;
    }

    /** Registers a kiosk with the staff key, then enrolls it with the one-time token. */
    public static TestKiosk enroll(CentralNode node, String wijk) throws Exception {
        String base = node.url().replaceAll("/$", "");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> registered = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/beheer/kiosks"))
                        .header("Authorization", "Bearer " + staffKey(node))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"naam\":\"Testkiosk\",\"wijk\":\"" + wijk + "\"}"))
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
        return new TestKiosk(
                base,
                credentials.get("kioskId").asText(),
                credentials.get("secret").asText());
    }

    public static String staffKey(CentralNode node) throws IOException {
        return Files.readString(node.dataDir().resolve("staff-api-key")).trim();
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, secret, System.currentTimeMillis());
    }

    public HttpResponse<String> send(String method, String path, String body, String signingSecret, long timestamp)
            throws IOException, InterruptedException {
        return send(signed(
                method,
                path,
                body.getBytes(StandardCharsets.UTF_8),
                signingSecret,
                timestamp,
                UUID.randomUUID().toString()));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A signed request, as it would travel over the wire: it can be sent again byte for byte, as an attacker would. */
    public HttpRequest signed(
            String method, String path, byte[] body, String signingSecret, long timestamp, String nonce) {
        String ts = Long.toString(timestamp);
        String signature =
                RequestSignature.sign(signingSecret, RequestSignature.canonical(method, path, ts, nonce, body));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header(RequestSignature.KIOSK, id)
                .header(RequestSignature.TIMESTAMP, ts)
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, signature)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    public HttpResponse<String> unsigned(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public long acknowledged() throws IOException, InterruptedException {
        HttpResponse<String> status = send("GET", "/api/sync/v1/status", "", secret, System.currentTimeMillis());
        return JSON.readTree(status.body()).get("acknowledged").asLong();
    }

    public static String answerBatch(long seq, String peiling, int optie) {
        return batch(Instant.now(), answer(seq, UUID.randomUUID().toString(), Instant.now(), peiling, optie));
    }

    /** Answers with sequences {@code from} to {@code to}, each with an id derived from its sequence (so resends match). */
    public static String answers(long from, long to) {
        StringBuilder events = new StringBuilder();
        for (long seq = from; seq <= to; seq++) {
            events.append(events.isEmpty() ? "" : ",").append(answerEvent(seq));
        }
        return batch(Instant.now(), events.toString());
    }

    /** The answer with this sequence, always the same event (same id, same option) when built again. */
    public static String answerEvent(long seq) {
        return answer(seq, idOf(seq), Instant.now(), PEILING, 1 + (int) (seq % 4));
    }

    static String idOf(long seq) {
        return "00000000-0000-4000-8000-" + String.format("%012d", seq);
    }

    public static String batch(Instant sentAt, String events) {
        return "{\"protocol\":1,\"sentAt\":\"" + sentAt + "\",\"events\":[" + events + "]}";
    }

    public static String answer(long seq, String id, Instant at, String peiling, int optie) {
        return "{\"seq\":" + seq + ",\"id\":\"" + id + "\",\"type\":\"antwoord\",\"at\":\"" + at
                + "\",\"data\":{\"peiling\":\"" + peiling + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}}";
    }
}
