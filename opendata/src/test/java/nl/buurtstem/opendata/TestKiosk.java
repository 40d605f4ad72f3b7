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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A kiosk as docs/sync-protocol.md describes it, speaking raw signed HTTP to a real central node: it enrolls, syncs
 * batches of events and sends heartbeats. It signs by the document, not with the central node's own code, so the
 * protocol text is what is tested. Kiosk's sync bench and opendata's benches drive it too: keep its paths lean.
 */
public final class TestKiosk {

    public static final String PEILING = "speelplek-diezerpoort";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    public final String id;
    public final String secret;
    private final Clock klok;
    private final AtomicLong seq;

    private TestKiosk(HttpClient http, String base, String id, String secret, Clock klok, AtomicLong seq) {
        this.http = http;
        this.base = base;
        this.id = id;
        this.secret = secret;
        this.klok = klok;
        this.seq = seq;
    }

    /** Registers a kiosk named "Testkiosk" for {@code wijk} with the node's staff key, then enrolls it. */
    public static TestKiosk enroll(CentralNode node, String wijk) throws Exception {
        return enroll(HttpClient.newHttpClient(), node.url(), staffKey(node), "Testkiosk", wijk);
    }

    /** Registers a kiosk with the staff key at {@code base} (a node, or a proxy before it), then enrolls it. */
    public static TestKiosk enroll(HttpClient http, String base, String staffKey, String naam, String wijk)
            throws Exception {
        String root = base.replaceAll("/$", "");
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
        JsonNode credentials = JSON.readTree(enrolled.body());
        return new TestKiosk(
                http,
                root,
                credentials.get("kioskId").asText(),
                credentials.get("secret").asText(),
                Clock.systemUTC(),
                new AtomicLong());
    }

    public static String staffKey(CentralNode node) throws IOException {
        return Files.readString(node.dataDir().resolve("staff-api-key")).trim();
    }

    /** This kiosk, its requests going to the node at {@code url} instead (as a balancer spreads them). */
    public TestKiosk via(String url) {
        return new TestKiosk(http, url.replaceAll("/$", ""), id, secret, klok, seq);
    }

    /**
     * This kiosk on the test's clock (the one the node runs on): it signs, dates and sends its events by that clock,
     * so a day that the test lets pass has passed for the kiosk too.
     */
    public TestKiosk op(Clock klok) {
        return new TestKiosk(http, base, id, secret, klok, seq);
    }

    /** Residents tap {@code optie} of the poll {@code aantal} times; the kiosk syncs the answers in one batch. */
    public void antwoorden(String peiling, int optie, int aantal) throws IOException, InterruptedException {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            events.add(answer(seq.incrementAndGet(), UUID.randomUUID().toString(), klok.instant(), peiling, optie));
        }
        stuur(events);
    }

    /** An event of this kiosk, made now under its next sequence number, as its outbox stores it. */
    public String gebeurtenis(String type, String data) {
        return "{\"seq\":" + seq.incrementAndGet() + ",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type
                + "\",\"at\":\"" + klok.instant() + "\",\"data\":" + data + "}";
    }

    /** Syncs these events in one batch sent now; the node's reply, failing unless the node took the batch. */
    public JsonNode stuur(List<String> events) throws IOException, InterruptedException {
        return sync(batch(klok.instant(), String.join(",", events)));
    }

    /** What the node sends this kiosk to show (its wijk's content), asked now; the answer is the test's to check. */
    public HttpResponse<String> content() throws IOException, InterruptedException {
        return send("GET", "/api/sync/v1/content", "", secret, klok.millis());
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
        return answered("/api/sync/v1/heartbeat", body, "heartbeat");
    }

    /** Sends a batch of events as the kiosk's sync does; the node's reply ("accepted", "acknowledged"). */
    public JsonNode sync(String batch) throws IOException, InterruptedException {
        return answered("/api/sync/v1/events", batch, "batch");
    }

    private JsonNode answered(String path, String body, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, secret, klok.millis());
    }

    public HttpResponse<String> post(String path, byte[] body, String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = signing(
                "POST", path, body, secret, klok.millis(), UUID.randomUUID().toString());
        return send(request.header("Content-Type", type).build());
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
        return signing(method, path, body, signingSecret, timestamp, nonce).build();
    }

    private HttpRequest.Builder signing(
            String method, String path, byte[] body, String signingSecret, long timestamp, String nonce) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return sign(request, method, path, body, signingSecret, timestamp, nonce);
    }

    /** Adds this kiosk's signature headers, signed now, to a request built elsewhere (a fuzzer's). */
    public HttpRequest.Builder sign(HttpRequest.Builder request, String method, String path, byte[] body) {
        return sign(
                request,
                method,
                path,
                body,
                secret,
                klok.millis(),
                UUID.randomUUID().toString());
    }

    private HttpRequest.Builder sign(
            HttpRequest.Builder request,
            String method,
            String path,
            byte[] body,
            String signingSecret,
            long timestamp,
            String nonce) {
        String ts = Long.toString(timestamp);
        String canonical = method + "\n" + path + "\n" + ts + "\n" + nonce + "\n" + sha256Hex(body);
        return request.header("Buurtstem-Kiosk", id)
                .header("Buurtstem-Timestamp", ts)
                .header("Buurtstem-Nonce", nonce)
                .header("Buurtstem-Signature", hmac(signingSecret, canonical));
    }

    public HttpResponse<String> unsigned(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public long acknowledged() throws IOException, InterruptedException {
        HttpResponse<String> status = send("GET", "/api/sync/v1/status", "", secret, klok.millis());
        return JSON.readTree(status.body()).get("acknowledged").asLong();
    }

    public static String answerBatch(long seq, String peiling, int optie) {
        return batch(Instant.now(), answer(seq, UUID.randomUUID().toString(), Instant.now(), peiling, optie));
    }

    /** Answers with sequences {@code from} to {@code to}, each with an id derived from its sequence (so resends match). */
    public static String answers(long from, long to) {
        StringBuilder events = new StringBuilder();
        Instant at = Instant.now();
        for (long seq = from; seq <= to; seq++) {
            events.append(events.isEmpty() ? "" : ",").append(answerEvent(seq, at));
        }
        return batch(at, events.toString());
    }

    /** The answer with this sequence, always the same event (same id, same option) when built again. */
    public static String answerEvent(long seq) {
        return answerEvent(seq, Instant.now());
    }

    private static String answerEvent(long seq, Instant at) {
        return answer(seq, idOf(seq), at, PEILING, 1 + (int) (seq % 4));
    }

    /** The id of the answer with this sequence, as {@link #answers} sends it. */
    public static String idOf(long seq) {
        return "00000000-0000-4000-8000-" + String.format("%012d", seq);
    }

    public static String batch(Instant sentAt, String events) {
        return "{\"protocol\":1,\"sentAt\":\"" + sentAt + "\",\"events\":[" + events + "]}";
    }

    public static String answer(long seq, String id, Instant at, String peiling, int optie) {
        return "{\"seq\":" + seq + ",\"id\":\"" + id + "\",\"type\":\"antwoord\",\"at\":\"" + at
                + "\",\"data\":{\"peiling\":\"" + peiling + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}}";
    }

    private static String hmac(String secret, String canonical) {
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
