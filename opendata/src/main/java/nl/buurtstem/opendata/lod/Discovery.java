package nl.buurtstem.opendata.lod;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;
import org.apache.jena.riot.RDFDataMgr;

/**
 * How machines find the open data without being told: robots.txt (staff pages and query URLs stay out of
 * search engines) naming the sitemap of every published thing's page, and the VoID description at the address
 * the VoID specification reserves for it, /.well-known/void.
 */
public final class Discovery {

    private final Iris iris;
    private final VoidDescription voidDescription;
    private final Sitemap sitemap;

    public Discovery(Iris iris, LinkedData linkedData, List<DatasetSpec> datasets) {
        this.iris = iris;
        this.voidDescription = new VoidDescription(iris, linkedData, datasets);
        this.sitemap = new Sitemap(iris, linkedData);
    }

    public void install(JavalinConfig cfg) {
        OpenCors.install(cfg, List.of("/.well-known/void", "/sitemap.xml"));
        Dereferencing.getAndHead(cfg, "/robots.txt", this::robots);
        Dereferencing.getAndHead(cfg, "/sitemap.xml", this::sitemap);
        Dereferencing.getAndHead(cfg, "/.well-known/void", this::voidDescription);
    }

    private void robots(Context ctx) {
        String root = iris.basePath();
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(String.join(
                "\n",
                "# Buurtstem: open data of the municipality, free to crawl and reuse.",
                "User-agent: *",
                "Disallow: " + root + "beheer/",
                "Disallow: " + root + "api/",
                // The query page is welcome; every query URL a crawler might find is a query run on our server.
                "Disallow: " + root + "sparql?",
                "Allow: " + root,
                "Sitemap: " + iris.base() + "sitemap.xml",
                ""));
    }

    private void sitemap(Context ctx) {
        List<Sitemap.Entry> pages = new ArrayList<>();
        for (String path : List.of("", "sparql", "dumps", "def/")) {
            pages.add(new Sitemap.Entry(iris.base() + path, Optional.empty()));
        }
        pages.addAll(sitemap.documents());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Sitemap.Entry page : pages) {
            xml.append("<url><loc>").append(Html.escape(page.location())).append("</loc>");
            page.lastChanged()
                    .map(t -> t.truncatedTo(ChronoUnit.SECONDS).toString())
                    .ifPresent(t -> xml.append("<lastmod>").append(t).append("</lastmod>"));
            xml.append("</url>\n");
        }
        byte[] body = xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
        if (Revalidation.notModified(ctx, Dereferencing.etag(body), Optional.empty())) {
            return;
        }
        ctx.contentType("application/xml; charset=utf-8");
        ctx.result(body);
    }

    private void voidDescription(Context ctx) {
        ctx.header("Vary", "Accept");
        RdfFormat format = RdfFormat.choose(ctx.header("Accept"), ctx.queryParam("format"));
        if (format == RdfFormat.HTML) {
            // Its readable form is the catalogue, which describes the same datasets for people.
            ctx.redirect(iris.path("doc/catalogus/buurtstem"), HttpStatus.SEE_OTHER);
            return;
        }
        if (format == null) {
            throw new Problem(
                    406,
                    "not-acceptable",
                    "The VoID description is available as text/turtle, application/ld+json, "
                            + "application/rdf+xml and application/n-triples.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, voidDescription.model(), format.writer());
        byte[] body = out.toByteArray();
        if (Revalidation.notModified(ctx, Dereferencing.etag(body), voidDescription.lastChanged())) {
            return;
        }
        ctx.contentType(format.mediaType() + (format == RdfFormat.RDFXML ? "" : "; charset=utf-8"));
        ctx.header("Content-Length", Integer.toString(body.length));
        ctx.result(body);
    }
}
