package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.web.Problem;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Dereferencing after the Dutch URI strategy: {@code /id/...} names a thing and answers 303 to its
 * document {@code /doc/...}; a document and a {@code /def/...} term answer in the format the client
 * asks for. A withdrawn thing keeps its page, with 410 Gone and what is still known about it. HEAD answers
 * what GET would without the body; every answer is open to web pages on other sites and carries validators.
 */
public final class Dereferencing {

    private final Iris iris;
    private final Descriptions descriptions;
    private final Map<String, HtmlView> views;
    private final Map<String, String> wholeGraphs;
    private final byte[] context;
    private final FramedJsonLd framed;

    /**
     * @param views per type (the first path segment after /id/), a page of its own instead of the generic one
     * @param wholeGraphs per IRI, the named graph that is its whole document (the catalogue describes all it lists)
     */
    public Dereferencing(
            Iris iris, Descriptions descriptions, Map<String, HtmlView> views, Map<String, String> wholeGraphs) {
        this.iris = iris;
        this.descriptions = descriptions;
        Map<String, HtmlView> allViews = new HashMap<>(views);
        allViews.putIfAbsent("def", new VocabularyPage(iris));
        this.views = Map.copyOf(allViews);
        OwnVocabulary vocabulary = new OwnVocabulary(iris);
        this.context = JsonLdContext.of(iris, ModelFactory.createModelForGraph(vocabulary.graph()));
        this.framed = new FramedJsonLd(context, iris.base() + "def/context.jsonld");
        Map<String, String> whole = new HashMap<>(wholeGraphs);
        // The vocabulary document is the whole vocabulary, not only what is said about the ontology itself.
        whole.put(iris.base() + "def/", vocabulary.graphIri());
        this.wholeGraphs = Map.copyOf(whole);
    }

    public void install(JavalinConfig cfg) {
        OpenCors.install(cfg, List.of("/id/*", "/doc/*", "/def/*", "/catalogus"));
        getAndHead(cfg, "/id/{type}/<ref>", this::redirect);
        getAndHead(
                cfg,
                "/doc/{type}/<ref>",
                ctx -> document(ctx, iris.base() + "id/" + rawAfter(ctx, "/doc/"), ctx.pathParam("type")));
        getAndHead(cfg, "/def/", ctx -> document(ctx, iris.base() + "def/", "def"));
        getAndHead(cfg, "/def/context.jsonld", this::context);
        getAndHead(cfg, "/def/<term>", ctx -> document(ctx, iris.base() + "def/" + rawAfter(ctx, "/def/"), "def"));
        getAndHead(cfg, "/catalogus", ctx -> seeOther(ctx, iris.path("doc/catalogus/buurtstem")));
        for (String prefix : List.of("/id/", "/doc/")) {
            getAndHead(cfg, prefix + "*", ctx -> {
                throw Problem.notFound("Nothing is published at " + ctx.path() + ": our URIs are " + prefix
                        + "{type}/{reference}; the catalogue at /catalogus lists the datasets.");
            });
        }
    }

    private void context(Context ctx) {
        if (Revalidation.notModified(ctx, etag(context), Optional.empty())) {
            return;
        }
        ctx.contentType("application/ld+json");
        ctx.header("Content-Length", Integer.toString(context.length));
        ctx.result(context);
    }

    static void getAndHead(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.get(path, handler);
        cfg.routes.head(path, handler);
    }

    private void redirect(Context ctx) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        seeOther(ctx, iris.path("doc/" + rawAfter(ctx, "/id/")) + query);
    }

    private static void seeOther(Context ctx, String location) {
        ctx.header("Vary", "Accept");
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    private void document(Context ctx, String iri, String type) {
        ctx.header("Vary", "Accept");
        boolean tree = FramedJsonLd.asked(ctx.header("Accept"), ctx.queryParam("format"));
        RdfFormat format = tree ? RdfFormat.JSONLD : RdfFormat.choose(ctx.header("Accept"), ctx.queryParam("format"));
        if (format == null) {
            throw new Problem(
                    406,
                    "not-acceptable",
                    "This document is available as text/html, text/turtle, "
                            + "application/ld+json, application/rdf+xml and application/n-triples.");
        }
        String whole = wholeGraphs.get(iri);
        Descriptions.Document doc = whole != null ? descriptions.graph(whole) : descriptions.describe(iri);
        Model description = doc.model();
        if (description.isEmpty()) {
            throw Problem.notFound("Nothing is published as " + iri + ".");
        }
        boolean withdrawn = description.contains(
                ResourceFactory.createResource(iri),
                ResourceFactory.createProperty(Vocab.ADMS, "status"),
                ResourceFactory.createResource(Vocab.STATUS_WITHDRAWN));
        String docPath = ctx.path();
        ctx.header("Link", alternates(iris.path(docPath)));
        byte[] body = tree
                ? framed.frame(iri, description)
                : render(iri, type, description, format, docPath, withdrawn, doc.inkomend());
        if (!withdrawn && Revalidation.notModified(ctx, etag(body), doc.lastChanged())) {
            return;
        }
        ctx.status(withdrawn ? HttpStatus.GONE : HttpStatus.OK);
        ctx.contentType(
                tree
                        ? FramedJsonLd.MEDIA_TYPE + "; charset=utf-8"
                        : format == RdfFormat.HTML
                                ? "text/html; charset=utf-8"
                                : format.mediaType() + (format == RdfFormat.RDFXML ? "" : "; charset=utf-8"));
        ctx.header("Content-Length", Integer.toString(body.length));
        ctx.result(body);
    }

    private byte[] render(
            String iri,
            String type,
            Model description,
            RdfFormat format,
            String docPath,
            boolean withdrawn,
            Verwijzingen inkomend) {
        if (format == RdfFormat.HTML) {
            HtmlView view = views.get(type);
            String body = view == null ? null : view.render(iri, description);
            if (body == null) {
                body = ResourcePage.body(iri, description, iris);
            }
            String catalogue = wholeGraphs.get(iris.id("catalogus", "buurtstem"));
            if ("dataset".equals(type) && catalogue != null) {
                body += SchemaOrgDataset.script(
                        iri,
                        iris.base() + docPath.substring(1),
                        descriptions.graph(catalogue).model());
            }
            return ResourcePage.page(
                            iri, description, body + ResourcePage.inkomend(inkomend, iris), docPath, withdrawn, iris)
                    .getBytes(StandardCharsets.UTF_8);
        }
        String docIri = iris.base() + docPath.substring(1);
        if (!docIri.equals(iri)) {
            // A /def/ term is its own document (no 303): it is not its own primary topic.
            description.add(
                    ResourceFactory.createResource(docIri),
                    ResourceFactory.createProperty(Vocab.FOAF, "primaryTopic"),
                    ResourceFactory.createResource(iri));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.writer());
        return out.toByteArray();
    }

    /** A strong entity tag: the same bytes, the same tag. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
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
