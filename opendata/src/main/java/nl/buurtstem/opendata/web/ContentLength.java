package nl.buurtstem.opendata.web;

import io.javalin.config.JavalinConfig;

/**
 * A handler that sets Content-Length itself (so HEAD answers what GET would) gets its body sent as it is, not
 * gzipped: Javalin compresses after the header was set, and a browser then reads a gzipped body cut off at the
 * uncompressed length, a broken page. One rule for every route, so no handler can forget it.
 */
public final class ContentLength {

    private ContentLength() {}

    public static void install(JavalinConfig cfg) {
        cfg.routes.after(ctx -> {
            if (ctx.res().containsHeader("Content-Length")) {
                ctx.disableCompression();
            }
        });
    }
}
