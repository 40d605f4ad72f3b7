package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import nl.buurtstem.opendata.web.UnreadBody;

/**
 * Open data may be read by a web page on any site: every answer below these paths carries CORS headers (a 303,
 * 404 or 410 too, or a browser app can neither follow nor tell what went wrong), and a preflight is answered.
 */
final class OpenCors {

    static final String EXPOSED =
            "Location, Link, ETag, Last-Modified, Content-Type, Content-Length, Content-Disposition, Vary";

    private OpenCors() {}

    /** @param paths Javalin path patterns, e.g. "/doc/*" */
    static void install(JavalinConfig cfg, List<String> paths) {
        for (String path : paths) {
            cfg.routes.before(path, OpenCors::headers);
            cfg.routes.options(path, OpenCors::preflight);
        }
    }

    static void headers(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", EXPOSED);
    }

    private static void preflight(Context ctx) {
        UnreadBody.discard(ctx.req(), ctx.res());
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.header("Allow", "GET, HEAD, OPTIONS");
        ctx.status(204);
    }
}
