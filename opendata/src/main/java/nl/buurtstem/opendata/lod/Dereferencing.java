package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import nl.buurtstem.opendata.web.Problem;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Dereferencing after the Dutch URI strategy: {@code /id/...} names a thing and answers 303 to its
 * document {@code /doc/...}; a document and a {@code /def/...} term answer in the format the client
 * asks for. A withdrawn thing keeps its page, with 410 Gone and what is still known about it.
 */
public final class Dereferencing {

    private final Iris iris;
    private final Descriptions descriptions;
    private final Map<String, HtmlView> views;
    private final Map<String, String> wholeGraphs;

    /** @param views per type (the first path segment after /id/), a page of its own instead of the generic one */
    /** @param wholeGraphs per IRI, the named graph that is its whole document (the catalogue describes all it lists) */
    public Dereferencing(
            Iris iris, Descriptions descriptions, Map<String, HtmlView> views, Map<String, String> wholeGraphs) {
        this.iris = iris;
        this.descriptions = descriptions;
        this.views = Map.copyOf(views);
        this.wholeGraphs = Map.copyOf(wholeGraphs);
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/id/{type}/<ref>", this::redirect);
        cfg.routes.get(
                "/doc/{type}/<ref>",
                ctx -> document(ctx, iris.base() + "id/" + rawAfter(ctx, "/doc/"), ctx.pathParam("type")));
        cfg.routes.get("/def/", ctx -> document(ctx, iris.base() + "def/", "def"));
        cfg.routes.get("/def/<term>", ctx -> document(ctx, iris.base() + "def/" + rawAfter(ctx, "/def/"), "def"));
    }

    private void redirect(Context ctx) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.header("Vary", "Accept");
        ctx.redirect("/doc/" + rawAfter(ctx, "/id/") + query, HttpStatus.SEE_OTHER);
    }

    private void document(Context ctx, String iri, String type) {
        RdfFormat format = RdfFormat.choose(ctx.header("Accept"), ctx.queryParam("format"));
        if (format == null) {
            throw new Problem(
                    406,
                    "not-acceptable",
                    "This document is available as text/html, text/turtle, "
                            + "application/ld+json, application/rdf+xml and application/n-triples.");
        }
        String whole = wholeGraphs.get(iri);
        Model description = whole != null ? descriptions.graph(whole) : descriptions.describe(iri);
        if (description.isEmpty()) {
            throw Problem.notFound("Nothing is published as " + iri + ".");
        }
        boolean withdrawn = description.contains(
                ResourceFactory.createResource(iri),
                ResourceFactory.createProperty(Vocab.ADMS, "status"),
                ResourceFactory.createResource(Vocab.STATUS_WITHDRAWN));
        String docPath = ctx.path();
        ctx.header("Vary", "Accept");
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Link", alternates(docPath));
        ctx.status(withdrawn ? HttpStatus.GONE : HttpStatus.OK);
        if (format == RdfFormat.HTML) {
            HtmlView view = views.get(type);
            String body = view == null ? null : view.render(iri, description);
            if (body == null) {
                body = ResourcePage.body(iri, description, iris);
            }
            ctx.html(ResourcePage.page(iri, description, body, docPath, withdrawn));
            return;
        }
        description.add(
                ResourceFactory.createResource(iris.base() + docPath.substring(1)),
                ResourceFactory.createProperty(Vocab.FOAF, "primaryTopic"),
                ResourceFactory.createResource(iri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.writer());
        ctx.contentType(format.mediaType() + (format == RdfFormat.RDFXML ? "" : "; charset=utf-8"));
        ctx.result(out.toByteArray());
    }

    private static String alternates(String docPath) {
        StringBuilder links = new StringBuilder();
        for (RdfFormat f : RdfFormat.values()) {
            if (!links.isEmpty()) {
                links.append(", ");
            }
            links.append('<')
                    .append(docPath)
                    .append("?format=")
                    .append(f.extension())
                    .append(">; rel=\"alternate\"; type=\"")
                    .append(f.mediaType())
                    .append('"');
        }
        return links.toString();
    }

    /** The request path after {@code prefix}, still percent-encoded as IRIs are minted. */
    private static String rawAfter(Context ctx, String prefix) {
        String raw = ctx.req().getRequestURI();
        int at = raw.indexOf(prefix);
        return raw.substring(at + prefix.length());
    }
}
