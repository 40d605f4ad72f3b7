package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The message a staff page shows once after a form was sent and the browser was sent on (post, redirect, get): kept
 * in a short-lived cookie, so a reload does not send the form again and does not show the message twice.
 */
final class Flash {

    private static final String COOKIE = "buurtstem_melding";

    private Flash() {}

    static void zet(Context ctx, String melding) {
        Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(melding, StandardCharsets.UTF_8));
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge(120);
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
    }

    /** The message, once: reading it removes it. */
    static String lees(Context ctx) {
        String waarde = ctx.cookie(COOKIE);
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        ctx.removeCookie(COOKIE, "/");
        return URLDecoder.decode(waarde, StandardCharsets.UTF_8);
    }
}
