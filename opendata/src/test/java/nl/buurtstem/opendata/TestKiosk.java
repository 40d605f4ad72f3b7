package nl.buurtstem.opendata;

import static nl.buurtstem.opendata.KioskBerichten.answer;
import static nl.buurtstem.opendata.KioskBerichten.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A kiosk as docs/sync-protocol.md describes it, speaking raw signed HTTP to a real central node: it enrolls, syncs
 * batches of events and sends heartbeats. How it comes to be is in {@link Aanmelding}, what it sends is written in
 * {@link KioskBerichten}, how it signs in {@link Handtekening}. Kiosk's sync bench and opendata's benches drive it too: keep its paths lean.
 */
public final class TestKiosk {

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
        return enroll(HttpClient.newHttpClient(), node.url(), Beheer.sleutel(node.dataDir()), "Testkiosk", wijk);
    }

    /** Registers a kiosk with the staff key at {@code base} (a node, or a proxy before it), then enrolls it. */
    public static TestKiosk enroll(HttpClient http, String base, String staffKey, String naam, String wijk)
            throws Exception {
        String root = base.replaceAll("/$", "");
        JsonNode credentials = Aanmelding.meldAan(http, root, staffKey, naam, wijk);
        return new TestKiosk(
                http,
                root,
                credentials.get("kioskId").asText(),
                credentials.get("secret").asText(),
                Clock.systemUTC(),
                new AtomicLong());
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
        return KioskBerichten.event(seq.incrementAndGet(), UUID.randomUUID().toString(), type, klok.instant(), data);
    }

    /** Syncs these events in one batch sent now; the node's reply, failing unless the node took the batch. */
    public JsonNode stuur(List<String> events) throws IOException, InterruptedException {
        return sync(batch(klok.instant(), String.join(",", events)));
    }

    /** Sends a batch of events as the kiosk's sync does; the node's reply ("accepted", "acknowledged"). */
    public JsonNode sync(String batch) throws IOException, InterruptedException {
        return answered("/api/sync/v1/events", batch, "batch");
    }

    /** What the node sends this kiosk to show (its wijk's content), asked now; the answer is the test's to check. */
    public HttpResponse<String> content() throws IOException, InterruptedException {
        return send("GET", "/api/sync/v1/content", "", secret, klok.millis());
    }

    public long acknowledged() throws IOException, InterruptedException {
        HttpResponse<String> status = send("GET", "/api/sync/v1/status", "", secret, klok.millis());
        return JSON.readTree(status.body()).get("acknowledged").asLong();
    }

    /** A heartbeat of a healthy kiosk, with the given outbox depth and temperature; returns the reply. */
    public JsonNode heartbeat(long outbox, Double temperature) throws IOException, InterruptedException {
        return heartbeat(KioskBerichten.healthy(outbox, temperature));
    }

    public JsonNode heartbeat(String body) throws IOException, InterruptedException {
        return answered("/api/sync/v1/heartbeat", body, "heartbeat");
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
        HttpRequest.Builder request = signing("POST", path, body, secret, klok.millis(), nonce());
        return send(request.header("Content-Type", type).build());
    }

    public HttpResponse<String> send(String method, String path, String body, String signingSecret, long timestamp)
            throws IOException, InterruptedException {
        return send(signed(method, path, body.getBytes(StandardCharsets.UTF_8), signingSecret, timestamp, nonce()));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> unsigned(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A signed request, as it would travel over the wire: it can be sent again byte for byte, as an attacker would. */
    public HttpRequest signed(
            String method, String path, byte[] body, String signingSecret, long timestamp, String nonce) {
        return signing(method, path, body, signingSecret, timestamp, nonce).build();
    }

    /** Adds this kiosk's signature headers, signed now, to a request built elsewhere (a fuzzer's). */
    public HttpRequest.Builder sign(HttpRequest.Builder request, String method, String path, byte[] body) {
        return Handtekening.zet(request, id, secret, method, path, body, klok.millis(), nonce());
    }

    private HttpRequest.Builder signing(
            String method, String path, byte[] body, String signingSecret, long timestamp, String nonce) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return Handtekening.zet(request, id, signingSecret, method, path, body, timestamp, nonce);
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
