package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Talks to the central node's sync API (v1), through the kiosk's one {@link SignedClient}. */
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

    private final ObjectMapper json;
    private final SignedClient central;

    CentralClient(ObjectMapper json, SignedClient central) {
        this.json = json;
        this.central = central;
    }

    Credentials enroll(String enrollmentToken) throws IOException, InterruptedException, Refused {
        byte[] body = json.writeValueAsBytes(Map.of("enrollmentToken", enrollmentToken));
        HttpResponse<byte[]> response = central.unsigned("POST", "/api/sync/v1/enroll", body);
        requireOk(response);
        return json.readValue(response.body(), Credentials.class);
    }

    /** A batch on its way to the central node. */
    final class Upload {
        private final List<Outbox.Event> events;
        private final CompletableFuture<HttpResponse<byte[]>> response;

        private Upload(List<Outbox.Event> events, CompletableFuture<HttpResponse<byte[]>> response) {
            this.events = events;
            this.response = response;
        }

        List<Outbox.Event> events() {
            return events;
        }

        /** Waits for the answer: the sequence the central node acknowledged. */
        long acknowledged() throws IOException, InterruptedException, Refused {
            HttpResponse<byte[]> answer;
            try {
                answer = response.get();
            } catch (ExecutionException e) {
                throw unwrap(e);
            }
            requireOk(answer);
            return json.readTree(answer.body()).get("acknowledged").asLong();
        }
    }

    /** Sends events as one batch and returns at once; the upload's answer follows. */
    Upload upload(Credentials me, List<Outbox.Event> events) throws IOException {
        return new Upload(
                events, central.sendAsync(me, "POST", "/api/sync/v1/events", batch(events), "application/json"));
    }

    private static IOException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause);
    }

    /** The batch as the protocol describes it; {@code sentAt} now, by this kiosk's own clock, for this attempt. */
    private byte[] batch(List<Outbox.Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(200 * events.size() + 100);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("protocol", 1);
            g.writeStringField("sentAt", Instant.now().toString());
            g.writeArrayFieldStart("events");
            for (Outbox.Event e : events) {
                g.writeStartObject();
                g.writeNumberField("seq", e.seq());
                g.writeStringField("id", e.id());
                g.writeStringField("type", e.type());
                g.writeStringField("at", e.at().toString());
                // The kiosk wrote this JSON object itself when it queued the event: copied as it is, not parsed again.
                g.writeFieldName("data");
                g.writeRawValue(e.data());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The highest sequence the central node has committed for this kiosk, with no gap below it. */
    long acknowledged(Credentials me) throws IOException, InterruptedException, Refused {
        HttpResponse<byte[]> response = signed(me, "GET", "/api/sync/v1/status", new byte[0], null);
        requireOk(response);
        return json.readTree(response.body()).get("acknowledged").asLong();
    }

    /** Asks a kiosk identity that has sent nothing yet to number on after {@code startAfter}; returns the acknowledged. */
    long startAfter(Credentials me, long startAfter) throws IOException, InterruptedException, Refused {
        byte[] body = json.writeValueAsBytes(Map.of("startAfter", startAfter));
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
        return central.send(me, method, path, body, "application/json", etag);
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
