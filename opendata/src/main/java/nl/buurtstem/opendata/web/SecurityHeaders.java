package nl.buurtstem.opendata.web;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The browser protections on every answer of the central node, pages, open data and SPARQL alike (a servlet filter
 * ahead of Javalin and Fuseki, so no route can forget them): a content security policy that runs only the node's own
 * scripts and styles, from files, and lets no site frame a page; nosniff; a referrer policy that tells other sites
 * nothing; and over HTTPS, HSTS. It also puts a request from a {@link TrustedProxies trusted proxy} in the client's
 * terms first, so a TLS proxy in front makes the session cookie Secure and the HSTS header appear.
 *
 * <p>A page that needs a script writes it in a file under /assets (or its room's static folder) and loads it with
 * {@code <script src>}; data for the script goes in {@code <script type="application/json">} or data attributes.
 */
public final class SecurityHeaders implements Filter {

    public static final String CONTENT_SECURITY_POLICY = policyAllowingStyles();

    /** The same policy for a page the node's own staff page shows in a frame (the kiosk preview), and no other site. */
    public static final String FRAMED_BY_SELF =
            CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

    /**
     * The policy, also allowing the {@code <style>} elements with these SHA-256 hashes (base64): for a page whose
     * vendored script injects a fixed style it cannot be talked out of. The page sets it as its own header.
     */
    public static String policyAllowingStyles(String... sha256) {
        StringBuilder styles = new StringBuilder("style-src 'self'");
        for (String hash : sha256) {
            styles.append(" 'sha256-").append(hash).append('\'');
        }
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                styles,
                // data: for small inline icons, blob: for a kiosk screenshot the dashboard fetched with the staff key.
                "img-src 'self' data: blob:",
                "font-src 'self'",
                "connect-src 'self'",
                "media-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    // same-origin referrers: links to other sites carry none; our own forms keep a real Origin (the CSRF check).
    private static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    private final TrustedProxies proxies;

    private SecurityHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /**
     * Put first, so that Fuseki's filter and Javalin both see the client's request and answer with the headers. What
     * Jetty refuses before any filter runs (a malformed or ambiguous address, headers too large) gets them from its
     * error handlers.
     */
    public static void install(JavalinConfig cfg, TrustedProxies proxies) {
        cfg.jetty.modifyServletContextHandler(handler -> {
            handler.addFilter(new FilterHolder(new SecurityHeaders(proxies)), "/*", EnumSet.of(DispatcherType.REQUEST));
            handler.setErrorHandler(
                    withHeaders(handler.getErrorHandler() != null ? handler.getErrorHandler() : new ErrorHandler()));
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(
                withHeaders(server.getErrorHandler() != null ? server.getErrorHandler() : new ErrorHandler())));
    }

    private static Request.Handler withHeaders(Request.Handler errors) {
        return (request, response, callback) -> {
            HttpFields.Mutable headers = response.getHeaders();
            ALWAYS.forEach(headers::put);
            return errors.handle(request, response, callback);
        };
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = proxies.resolve((HttpServletRequest) req);
        HttpServletResponse response = (HttpServletResponse) res;
        ALWAYS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
