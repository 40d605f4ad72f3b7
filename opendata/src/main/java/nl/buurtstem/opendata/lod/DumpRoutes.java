package nl.buurtstem.opendata.lod;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;

/**
 * Serves the dumps at /dumps/{dataset}.{ttl.gz|nt.gz|jsonld|csv}, and a page listing them. A file's date and tag
 * change only when its content does, so a reuser's script can ask "anything new?" and get a 304.
 */
public final class DumpRoutes {

    private static final Map<String, String> TYPES = Map.of(
            ".ttl.gz",
            "application/gzip",
            ".nt.gz",
            "application/gzip",
            ".jsonld",
            "application/ld+json",
            ".csv",
            "text/csv; charset=utf-8",
            Dumps.CSVW,
            "application/csvm+json");

    private final Dumps dumps;
    private final String root;

    /** @param root the node's base path ("/", or e.g. "/buurtstem/" behind a reverse proxy) */
    public DumpRoutes(Dumps dumps, String root) {
        this.dumps = dumps;
        this.root = root;
    }

    public void install(JavalinConfig cfg) {
        OpenCors.install(cfg, List.of("/dumps", "/dumps/*"));
        Dereferencing.getAndHead(cfg, "/dumps", this::list);
        Dereferencing.getAndHead(cfg, "/dumps/{file}", this::file);
    }

    private void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>Downloads</h1><p>Elke dataset in zijn geheel; beschreven in de "
                + "<a href=\"/catalogus\">catalogus</a>. Licentie: zie de catalogus.</p><ul>");
        for (DatasetSpec spec : dumps.specs()) {
            body.append("<li>").append(escape(spec.titel())).append(": ");
            for (String ext : Dumps.extensions(spec)) {
                body.append("<a href=\"/dumps/")
                        .append(escape(spec.slug() + ext))
                        .append("\">")
                        .append(escape(ext.substring(1)))
                        .append("</a> ");
            }
            body.append("</li>");
        }
        ctx.html(Html.page("Downloads", body.append("</ul>").toString(), root));
    }

    private void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        for (DatasetSpec spec : dumps.specs()) {
            for (String ext : Dumps.extensions(spec)) {
                if (name.equals(spec.slug() + ext)) {
                    if (ext.equals(".csv")) {
                        // How a CSVW processor finds the table's description (CSVW, section 5.2).
                        ctx.header(
                                "Link",
                                "<" + spec.slug() + Dumps.CSVW + ">; rel=\"describedby\"; "
                                        + "type=\"application/csvm+json\"");
                    }
                    send(ctx, dumps.directory().resolve(name), name, TYPES.get(ext));
                    return;
                }
            }
        }
        throw Problem.notFound("There is no dump called " + name + "; the catalogue at /catalogus lists them all.");
    }

    private static void send(Context ctx, Path file, String name, String type) throws IOException {
        if (!Files.exists(file)) {
            throw new Problem(
                    503, "dump-not-ready", "This dump is being written; try again in a few seconds.", Map.of());
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(modified.toEpochMilli()) + "-" + Long.toHexString(size) + "\"";
        if (Revalidation.notModified(ctx, etag, Optional.of(modified))) {
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type);
        ctx.header("Content-Length", Long.toString(size));
        if (!"HEAD".equals(ctx.method().name())) {
            ctx.result(Files.newInputStream(file));
        }
    }
}
