package nl.buurtstem.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps refusals and failures of the kiosk's API to RFC 9457 JSON problem bodies, in one place. */
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    public static void install(JavalinConfig cfg) {
        cfg.routes.after(ctx -> UnreadBody.discard(ctx.req(), ctx.res()));
        cfg.routes.exception(Problem.class, (p, ctx) -> render(ctx, p.status(), p.type(), p.getMessage()));
        cfg.routes.exception(
                JsonProcessingException.class,
                (e, ctx) ->
                        render(ctx, 400, "malformed-json", "The body is not valid JSON: " + e.getOriginalMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            render(ctx, 500, "internal-error", "Something went wrong in the kiosk; nothing of this request was kept.");
        });
    }

    private static void render(Context ctx, int status, String type, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", status >= 500 ? "Kiosk error" : "Request refused");
        body.put("status", status);
        body.put("detail", detail);
        ctx.status(status).json(body).contentType("application/problem+json");
    }
}
