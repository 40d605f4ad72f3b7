package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import nl.buurtstem.opendata.web.Problem;

/**
 * Keeps other sites from acting with a staff member's login (cross-site request forgery), for every route, today's and
 * tomorrow's: one before-handler checks every state-changing request (POST, PUT, PATCH, DELETE) under /beheer and
 * /api/beheer, and {@link StaffAuth} asks it again wherever a session cookie is used for such a request elsewhere.
 *
 * <ul>
 *   <li>With the staff API key (scripts) nothing more is needed: a browser never adds that header by itself.
 *   <li>A request without the key and without a login cookie acts for nobody; only the login itself is checked.
 *   <li>Otherwise the browser must say the request comes from a page of this node: {@code Sec-Fetch-Site: same-origin},
 *       or an {@code Origin} equal to the node's own (as the client reached it, or its public base URI). A page on
 *       another port of the same host is another origin, even though the cookie (SameSite) would go along.
 *   <li>The staff API under /api/beheer takes JSON (or a declared type such as a CSV upload), never {@code text/plain}
 *       or a form body: those are the types another site can send without asking the browser first.
 *   <li>An HTML form (under /beheer) carries the session's token in the field {@value #FIELD}, from {@link #token}.
 * </ul>
 */
public final class CsrfGuard {

    /** The form field (or header {@value #HEADER}) a staff form carries its token in. */
    public static final String FIELD = "_csrf";

    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> LOGIN = Set.of("/api/beheer/login", "/beheer/login");

    private static final Set<HandlerType> SAFE =
            Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS, HandlerType.TRACE);
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    private final StaffAccess apiKey;
    private final String publicOrigin;

    CsrfGuard(StaffAccess apiKey, String baseUri) {
        this.apiKey = apiKey;
        this.publicOrigin = baseUri == null ? null : origin(URI.create(baseUri));
    }

    /** Installs the check ahead of every route; call it before any feature adds its routes. */
    public void install(JavalinConfig cfg) {
        cfg.routes.before(this::check);
    }

    /**
     * The token a staff HTML form carries in its hidden field {@value #FIELD}: bound to the login session, so a page
     * elsewhere, which cannot read the HttpOnly cookie, cannot know it. Null when nobody is logged in.
     */
    public static String token(Context ctx) {
        String session = ctx.cookie(StaffAuth.COOKIE);
        return session == null || session.isBlank() ? null : tokenFor(session);
    }

    private void check(Context ctx) {
        if (!changesState(ctx)) {
            return;
        }
        String path = ctx.path();
        boolean api = path.equals("/api/beheer") || path.startsWith("/api/beheer/");
        boolean pages = path.equals("/beheer") || path.startsWith("/beheer/");
        if (!api && !pages) {
            return;
        }
        String type = mediaType(ctx);
        boolean form = type != null && FORM_TYPES.contains(type);
        if (api && ("text/plain".equals(type) || form)) {
            throw new Problem(
                    415,
                    "json-required",
                    "The staff API takes JSON: send Content-Type: application/json (forms go to the staff pages).");
        }
        boolean session = ctx.cookie(StaffAuth.COOKIE) != null;
        // Without the key or a login cookie a request acts for nobody (it is refused as not logged in), except the
        // login itself: another site must not log a staff member's browser into an account of its choosing.
        if (apiKey.carriedBy(ctx) || (!session && !LOGIN.contains(path))) {
            return;
        }
        requireSameOrigin(ctx);
        if (type == null && hasBody(ctx)) {
            throw new Problem(415, "content-type-required", "Say what the body is: send a Content-Type header.");
        }
        if (pages && "text/plain".equals(type)) {
            throw new Problem(415, "form-required", "Staff pages take their own forms, not text/plain.");
        }
        if (pages && form && session) {
            requireToken(ctx);
        }
    }

    /** Refuses a state-changing request that a browser did not make from one of this node's own pages. */
    void requireSameOrigin(Context ctx) {
        if (!changesState(ctx) || apiKey.carriedBy(ctx)) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        boolean sameOrigin = site != null ? site.equals("same-origin") : origin != null && isOwn(ctx, origin);
        if (!sameOrigin || (origin != null && !isOwn(ctx, origin))) {
            throw new Problem(
                    403,
                    "cross-site-request",
                    "This request did not come from a page of this site, so it was not carried out. "
                            + "Open the page on this site again and retry.");
        }
    }

    private void requireToken(Context ctx) {
        String expected = token(ctx);
        String given = ctx.header(HEADER);
        if (given == null) {
            given = formField(ctx);
        }
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new Problem(
                    403,
                    "form-expired",
                    "Dit formulier is verlopen of komt niet van deze site. Open de pagina opnieuw en probeer het nog eens.");
        }
    }

    private static String formField(Context ctx) {
        try {
            return ctx.formParam(FIELD);
        } catch (Exception unreadable) {
            // A body that is not the form it says it is (a broken multipart): refused, not a server error.
            throw Problem.badRequest("unreadable-form", "The form could not be read.");
        }
    }

    private boolean isOwn(Context ctx, String origin) {
        String given;
        try {
            given = origin(URI.create(origin.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (given == null) {
            return false;
        }
        if (given.equals(publicOrigin)) {
            return true;
        }
        String host = ctx.host();
        try {
            return host != null && given.equals(origin(URI.create(ctx.scheme() + "://" + host)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** scheme://host[:port] in lower case, without the scheme's default port; null when it is not an origin. */
    private static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static boolean changesState(Context ctx) {
        return !SAFE.contains(ctx.method());
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        return length > 0 || (length < 0 && ctx.header("Transfer-Encoding") != null);
    }

    static String tokenFor(String session) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("buurtstem-formulier\n" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
