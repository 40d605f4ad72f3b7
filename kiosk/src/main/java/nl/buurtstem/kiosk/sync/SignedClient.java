package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's one way to talk to the central node: every request signed as {@link Signer} describes, with the
 * kiosk's own estimate of the central node's clock. Sync and heartbeats share it, so a kiosk that booted believing it
 * is 1970 learns the right time once, from whichever asked first.
 *
 * <pre>{@code
 * SignedClient central = new SignedClient(json, "https://buurtstem.zwolle.nl/", Clock.systemUTC());
 * HttpResponse<byte[]> r = central.send(me, "GET", "/api/sync/v1/status", new byte[0], "application/json", null);
 * }</pre>
 */
public final class SignedClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A clock off by less than this is left alone when only whole seconds are known (a Date header, a reply). */
    private static final long CLEARLY_WRONG_MILLIS = 60_000;

    private final ObjectMapper json;
    private final String central;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile long clockOffsetMillis;

    /** @param clock this kiosk's own clock; the central node's time is learnt on top of it */
    public SignedClient(ObjectMapper json, String centralUrl, Clock clock) {
        this.json = json;
        this.central = centralUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /**
     * Sends a signed request. A refusal for a stale timestamp carries the central node's time: the request is signed
     * again with it, once.
     *
     * @param etag sent as If-None-Match when not null
     */
    public HttpResponse<byte[]> send(
            Credentials me, String method, String path, byte[] body, String contentType, String etag)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = once(me, method, path, body, contentType, etag);
        if (response.statusCode() == 401 && learnFromStaleRefusal(response)) {
            response = once(me, method, path, body, contentType, etag);
        }
        return response;
    }

    /** Sends an unsigned JSON request (enrolment, before the kiosk has a secret). */
    HttpResponse<byte[]> unsigned(String method, String path, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(central + path))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The central node said what time it is (a heartbeat's reply): a clearly wrong clock is corrected by it. */
    public void serverTime(long serverMillis) {
        long offset = serverMillis - clock.millis();
        if (Math.abs(offset) > CLEARLY_WRONG_MILLIS) {
            clockOffsetMillis = offset;
        }
    }

    /** Now, by the central node's clock as far as this kiosk knows it. */
    long now() {
        return clock.millis() + clockOffsetMillis;
    }

    /**
     * As {@link #send}, without waiting: the request is signed and on its way when this returns. A catching-up kiosk
     * sends its next batch while the central node still commits the one before.
     */
    CompletableFuture<HttpResponse<byte[]>> sendAsync(
            Credentials me, String method, String path, byte[] body, String contentType) {
        return onceAsync(me, method, path, body, contentType).thenCompose(response -> {
            if (response.statusCode() == 401 && learnFromStaleRefusal(response)) {
                return onceAsync(me, method, path, body, contentType);
            }
            return CompletableFuture.completedFuture(response);
        });
    }

    private HttpResponse<byte[]> once(
            Credentials me, String method, String path, byte[] body, String contentType, String etag)
            throws IOException, InterruptedException {
        return learn(
                http.send(signed(me, method, path, body, contentType, etag), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private CompletableFuture<HttpResponse<byte[]>> onceAsync(
            Credentials me, String method, String path, byte[] body, String contentType) {
        return http.sendAsync(
                        signed(me, method, path, body, contentType, null), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(this::learn);
    }

    private HttpRequest signed(
            Credentials me, String method, String path, byte[] body, String contentType, String etag) {
        long now = now();
        String nonce = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(central + path))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("Buurtstem-Kiosk", me.kioskId())
                .header("Buurtstem-Timestamp", Long.toString(now))
                .header("Buurtstem-Nonce", nonce)
                .header("Buurtstem-Signature", new Signer(me.secret()).sign(method, path, now, nonce, body))
                .method(
                        method,
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return request.build();
    }

    private HttpResponse<byte[]> learn(HttpResponse<byte[]> response) {
        response.headers().firstValue("Date").ifPresent(this::learnFromDate);
        return response;
    }

    private boolean learnFromStaleRefusal(HttpResponse<byte[]> response) {
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (IOException notJson) {
            return false;
        }
        if (!problem.path("type").asText().endsWith("/stale-timestamp")) {
            return false;
        }
        clockOffsetMillis = problem.path("serverTime").asLong() - clock.millis();
        return true;
    }

    private void learnFromDate(String dateHeader) {
        try {
            Instant server = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            serverTime(server.toEpochMilli());
        } catch (DateTimeParseException ignored) {
            // A malformed Date header teaches nothing; the stale-timestamp answer still corrects us.
        }
    }
}
