package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.kiosk.Kiosk;
import nl.buurtstem.opendata.kiosk.KioskRegistry;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;

/** The kiosk-facing API, version 1 (docs/sync-protocol.md). */
final class SyncRoutes {

    private static final String PREFIX = "/api/sync/v1";

    private final ObjectMapper json;
    private final KioskRegistry registry;
    private final KioskAuthenticator authenticator;
    private final BatchRules rules;
    private final EventIngest ingest;
    private final ContentFeed feed;

    SyncRoutes(
            Database db,
            ObjectMapper json,
            KioskRegistry registry,
            KioskAuthenticator authenticator,
            Clock clock,
            Map<String, EventHandler> handlers,
            List<ContentSection> sections) {
        this.json = json;
        this.registry = registry;
        this.authenticator = authenticator;
        this.rules = new BatchRules(handlers);
        this.ingest = new EventIngest(db, handlers, clock);
        this.feed = new ContentFeed(json, sections);
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post(PREFIX + "/enroll", this::enroll);
        cfg.routes.post(PREFIX + "/events", this::events);
        cfg.routes.get(PREFIX + "/content", this::content);
        cfg.routes.get(PREFIX + "/status", this::status);
        cfg.routes.post(PREFIX + "/numbering", this::numbering);
    }

    private record EnrollRequest(String enrollmentToken) {}

    private void enroll(Context ctx) throws IOException {
        EnrollRequest request = json.readValue(ctx.bodyAsBytes(), EnrollRequest.class);
        if (request == null
                || request.enrollmentToken() == null
                || request.enrollmentToken().isBlank()) {
            throw Problem.badRequest("invalid-enrollment", "enrollmentToken is required.");
        }
        KioskRegistry.Credentials credentials = registry.enroll(request.enrollmentToken())
                .orElseThrow(() -> new Problem(
                        401,
                        "enrollment-token-invalid",
                        "This enrollment token is unknown or was already used. Ask the municipality for a new one."));
        ctx.json(credentials);
    }

    private void events(Context ctx) throws IOException {
        byte[] body = boundedBody(ctx);
        Kiosk kiosk = authenticator.authenticate(ctx, body);
        Batch batch = JsonBody.read(json, body, Batch.class);
        rules.check(batch);
        EventIngest.Outcome outcome = ingest.ingest(kiosk, batch);
        ctx.json(Map.of(
                "acknowledged",
                outcome.acknowledged(),
                "accepted",
                outcome.accepted(),
                "duplicates",
                outcome.duplicates()));
    }

    /**
     * Javalin refuses a body over its limit with a bare 413; the kiosk gets a problem it can act on. A body cut
     * off by the network is a client's fault too (it will send again), not a server error.
     */
    private static byte[] boundedBody(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            if (e.getStatus() != 413) {
                throw e;
            }
            throw new Problem(
                    413,
                    "body-too-large",
                    "The request body is larger than this central node accepts; send "
                            + "fewer events per batch (at most " + BatchRules.MAX_EVENTS + ").");
        } catch (Exception e) {
            // Javalin is Kotlin: an IOException of a cut connection arrives unchecked.
            if (e instanceof IOException || e.getCause() instanceof IOException) {
                throw Problem.badRequest(
                        "body-incomplete", "The connection ended before the whole body arrived; send it again.");
            }
            throw e;
        }
    }

    private void content(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx, new byte[0]);
        ContentFeed.Tagged tagged = feed.forKiosk(kiosk);
        ctx.header("ETag", tagged.etag());
        if (tagged.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(tagged.body());
    }

    private record NumberingRequest(Long startAfter) {}

    private void numbering(Context ctx) throws IOException {
        byte[] body = boundedBody(ctx);
        Kiosk kiosk = authenticator.authenticate(ctx, body);
        NumberingRequest request = json.readValue(body, NumberingRequest.class);
        if (request == null || request.startAfter() == null || request.startAfter() < 0) {
            throw Problem.badRequest("invalid-numbering", "startAfter must be a whole number, 0 or more.");
        }
        ctx.json(Map.of("kioskId", kiosk.id(), "acknowledged", ingest.startAfter(kiosk, request.startAfter())));
    }

    private void status(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx, new byte[0]);
        ctx.json(Map.of("kioskId", kiosk.id(), "acknowledged", kiosk.ackedSeq()));
    }
}
