package nl.buurtstem.opendata.lod;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.buurtstem.opendata.web.UnreadBody;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * In front of Fuseki at /sparql (Fuseki's filter answers before Javalin's handlers would): CORS for
 * browser apps on other sites, a clear refusal of updates, and, at /sparql without a query, the query page for a
 * browser or the SPARQL Service Description for everyone else.
 */
final class SparqlGuard implements Filter {

    private final QueryPage queryPage;
    private final Model serviceDescription;

    SparqlGuard(QueryPage queryPage, Model serviceDescription) {
        this.queryPage = queryPage;
        this.serviceDescription = serviceDescription;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (!SparqlEndpoint.PATH.equals(req.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.setHeader("Access-Control-Expose-Headers", OpenCors.EXPOSED);
        String method = req.getMethod();
        if ("OPTIONS".equals(method)) {
            UnreadBody.discard(req, res);
            res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            res.setHeader(
                    "Access-Control-Allow-Headers",
                    "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since");
            res.setHeader("Access-Control-Max-Age", "86400");
            res.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            res.setStatus(204);
            return;
        }
        if (!"GET".equals(method) && !"POST".equals(method) && !"HEAD".equals(method)) {
            refuse(req, res, 405, "method-not-allowed", "The SPARQL endpoint answers GET and POST queries only.");
            return;
        }
        String contentType =
                req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/sparql-update") || req.getParameter("update") != null) {
            refuse(
                    req,
                    res,
                    403,
                    "read-only",
                    "This SPARQL endpoint is read-only: updates are not accepted. "
                            + "The data is published by the municipality from its own records.");
            return;
        }
        String timeout = req.getParameter("timeout");
        if (timeout != null && !timeout.matches("\\d{1,9}(\\.\\d{1,3})?")) {
            refuse(
                    req,
                    res,
                    400,
                    "malformed-timeout",
                    "timeout is a number of seconds (e.g. timeout=5), and can only shorten this endpoint's own limit.");
            return;
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && req.getParameter("query") != null && accepts(req, "text/html") && !asksForAFormat(req)) {
            // A permalink opened in a browser: the query page, which shows the query and runs it.
            res.setHeader("Content-Security-Policy", queryPage.contentSecurityPolicy());
            send(req, res, "text/html; charset=utf-8", queryPage.html().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (read && req.getParameter("query") == null) {
            if (accepts(req, "text/html")) {
                res.setHeader("Content-Security-Policy", queryPage.contentSecurityPolicy());
                send(req, res, "text/html; charset=utf-8", queryPage.html().getBytes(StandardCharsets.UTF_8));
            } else {
                describeService(req, res);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The Service Description, in the RDF format the client asks for (Turtle without a preference). */
    private void describeService(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Vary", "Accept");
        RdfFormat format = RdfFormat.choose(req.getHeader("Accept"), req.getParameter("format"));
        if (format == RdfFormat.HTML) {
            format = RdfFormat.TURTLE;
        }
        if (format == null) {
            refuse(
                    req,
                    res,
                    406,
                    "not-acceptable",
                    "The service description is available as text/turtle, application/ld+json, "
                            + "application/rdf+xml and application/n-triples; queries are sent with ?query=.");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, serviceDescription, format.writer());
        send(req, res, format.mediaType() + (format == RdfFormat.RDFXML ? "" : "; charset=utf-8"), out.toByteArray());
    }

    private static void send(HttpServletRequest req, HttpServletResponse res, String type, byte[] body)
            throws IOException {
        res.setContentType(type);
        res.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            res.getOutputStream().write(body);
        }
    }

    /** A download link names its format; the browser's own Accept header must not turn it into the page. */
    private static boolean asksForAFormat(HttpServletRequest req) {
        return req.getParameter("format") != null
                || req.getParameter("output") != null
                || req.getParameter("results") != null;
    }

    private static boolean accepts(HttpServletRequest req, String type) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(type);
    }

    private static void refuse(
            HttpServletRequest req, HttpServletResponse res, int status, String type, String detail) {
        ProblemResponse.write(req, res, status, type, detail);
    }
}
