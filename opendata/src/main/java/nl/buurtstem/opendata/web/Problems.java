package nl.buurtstem.opendata.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every refusal and failure, once, to an RFC 9457 JSON problem body, or, for a person in a browser, to a page in
 * plain Dutch where one of the {@link Page}s wants it (the staff pages; a public page that is not there).
 */
public final class Problems {

    /** Shows a refusal or failure as a page to a person in a browser, instead of JSON. */
    public interface Page {
        /** Whether this request, refused with {@code status}, came from a person this shows problems to. */
        boolean wants(Context ctx, int status);

        void render(Context ctx, int status, String type, String detail);
    }

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    /** @param pages the first that wants a refusal shows it; JSON for all others */
    public static void install(JavalinConfig cfg, Page... pages) {
        Renderer render = (ctx, status, type, detail, extensions) -> {
            for (Page page : pages) {
                if (page.wants(ctx, status)) {
                    UnreadBody.discard(ctx.req(), ctx.res());
                    page.render(ctx, status, type, detail);
                    return;
                }
            }
            render(ctx, status, type, detail, extensions);
        };
        cfg.routes.exception(
                Problem.class, (p, ctx) -> render.apply(ctx, p.status(), p.type(), p.getMessage(), p.extensions()));
        cfg.routes.exception(
                JsonProcessingException.class,
                (e, ctx) -> render.apply(
                        ctx,
                        400,
                        "malformed-json",
                        "The body is not valid JSON for this request: " + e.getOriginalMessage(),
                        Map.of()));
        cfg.routes.exception(QueryCancelledException.class, (e, ctx) -> {
            // A query over the published data ran past the node's query timeout: busy now, not broken.
            ctx.header("Retry-After", "10");
            render.apply(
                    ctx,
                    503,
                    "query-timeout",
                    "Answering this took longer than this node allows for one request; try again in a moment.",
                    Map.of());
        });
        cfg.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> render.apply(ctx, e.getStatus(), "http-" + e.getStatus(), e.getMessage(), Map.of()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            render.apply(
                    ctx,
                    500,
                    "internal-error",
                    "Something went wrong on our side; nothing of this request was kept.",
                    Map.of());
        });
        cfg.routes.error(404, ctx -> {
            if (!ctx.res().isCommitted() && ctx.result() == null) {
                render.apply(ctx, 404, "not-found", "There is nothing at " + ctx.path() + ".", Map.of());
            }
        });
    }

    private interface Renderer {
        void apply(Context ctx, int status, String type, String detail, Map<String, Object> extensions);
    }

    static void render(Context ctx, int status, String type, String detail, Map<String, Object> extensions) {
        UnreadBody.discard(ctx.req(), ctx.res());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extensions);
        ctx.status(status).json(body).contentType(MEDIA_TYPE);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not authenticated";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
