package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Talks to the central node's sync API (v1). Keeps its own estimate of the central node's clock, so a kiosk
 * that booted believing it is 1970 still signs with a time the central node accepts.
 */
final class CentralClient {

    /** The central node refused the request; retrying the same request will not help. */
    static final class Refused extends Exception {
        final int status;
        final String type;

        Refused(int status, String type, String detail) {
            super("central node refused (" + status + " " + type + "): " + detail);
            this.status = status;
            this.type = type;
        }
    }

    record Content(String etag, byte[] body) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String central;
    private volatile long clockOffsetMillis;

    CentralClient(ObjectMapper json, String centralUrl) {
        this.json = json;
        this.central = centralUrl.replaceAll("/+$", "");
    }

    Credentials enroll(String enrollmentToken) throws IOException, InterruptedException, Refused {
        byte[] body = json.writeValueAsBytes(java.util.Map.of("enrollmentToken", enrollmentToken));
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(central + "/api/sync/v1/enroll"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        requireOk(response);
        return json.readValue(response.body(), Credentials.class);
    }

    /** Uploads events as one batch and returns the sequence the central node acknowledged. */
    long upload(Credentials me, List<Outbox.Event> events) throws IOException, InterruptedException, Refused {
        HttpResponse<byte[]> response = signed(me, "POST", "/api/sync/v1/events", batch(events), null);
        requireOk(response);
        return json.readTree(response.body()).get("acknowledged").asLong();
    }

    /** The batch as the protocol describes it; {@code sentAt} now, by this kiosk's own clock, for this attempt. */
    private byte[] batch(List<Outbox.Event> events) throws IOException {
        ObjectNode batch = json.createObjectNode();
        batch.put("protocol", 1);
        batch.put("sentAt", Instant.now().toString());
        ArrayNode list = batch.putArray("events");
        for (Outbox.Event e : events) {
            ObjectNode event = list.addObject();
            event.put("seq", e.seq());
            event.put("id", e.id());
            event.put("type", e.type());
            event.put("at", e.at().toString());
            event.set("data", json.readTree(e.data()));
        }
        return json.writeValueAsBytes(batch);
    }

    /** The highest sequence the central node has committed for this kiosk, with no gap below it. */
    long acknowledged(Credentials me) throws IOException, InterruptedException, Refused {
        HttpResponse<byte[]> response = signed(me, "GET", "/api/sync/v1/status", new byte[0], null);
        requireOk(response);
        return json.readTree(response.body()).get("acknowledged").asLong();
    }

    /** Asks a kiosk identity that has sent nothing yet to number on after {@code startAfter}; returns the acknowledged. */
    long startAfter(Credentials me, long startAfter) throws IOException, InterruptedException, Refused {
        byte[] body = json.writeValueAsBytes(java.util.Map.of("startAfter", startAfter));
        HttpResponse<byte[]> response = signed(me, "POST", "/api/sync/v1/numbering", body, null);
        requireOk(response);
        return json.readTree(response.body()).get("acknowledged").asLong();
    }

    /** Downloads this kiosk's content, or nothing when it has not changed since {@code etag}. */
    Optional<Content> content(Credentials me, String etag) throws IOException, InterruptedException, Refused {
        HttpResponse<byte[]> response = signed(me, "GET", "/api/sync/v1/content", new byte[0], etag);
        if (response.statusCode() == 304) {
            return Optional.empty();
        }
        requireOk(response);
        return Optional.of(new Content(response.headers().firstValue("ETag").orElse(null), response.body()));
    }

    private HttpResponse<byte[]> signed(Credentials me, String method, String path, byte[] body, String etag)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(me, method, path, body, etag);
        if (response.statusCode() == 401 && isStale(response)) {
            // Our clock was off: the refusal told us the central node's time; sign again with it.
            response = send(me, method, path, body, etag);
        }
        return response;
    }

    private HttpResponse<byte[]> send(Credentials me, String method, String path, byte[] body, String etag)
            throws IOException, InterruptedException {
        long now = System.currentTimeMillis() + clockOffsetMillis;
        String nonce = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(central + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
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
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().firstValue("Date").ifPresent(this::learnClock);
        return response;
    }

    private boolean isStale(HttpResponse<byte[]> response) {
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (IOException notJson) {
            return false;
        }
        if (!problem.path("type").asText().endsWith("/stale-timestamp")) {
            return false;
        }
        clockOffsetMillis = problem.path("serverTime").asLong() - System.currentTimeMillis();
        return true;
    }

    private void learnClock(String dateHeader) {
        try {
            Instant server = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            long offset = server.toEpochMilli() - System.currentTimeMillis();
            // The Date header has whole seconds: only a clearly wrong clock is corrected from it.
            if (Math.abs(offset) > 60_000) {
                clockOffsetMillis = offset;
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // A malformed Date header teaches nothing; the stale-timestamp answer still corrects us.
        }
    }

    private void requireOk(HttpResponse<byte[]> response) throws Refused {
        if (response.statusCode() / 100 != 2) {
            JsonNode problem;
            try {
                problem = json.readTree(response.body());
            } catch (IOException notJson) {
                problem = json.createObjectNode();
            }
            String type = problem.path("type").asText("").replaceFirst("^/problems/", "");
            throw new Refused(
                    response.statusCode(),
                    type.isEmpty() ? "http-" + response.statusCode() : type,
                    problem.path("detail").asText("no explanation given"));
        }
    }
}
