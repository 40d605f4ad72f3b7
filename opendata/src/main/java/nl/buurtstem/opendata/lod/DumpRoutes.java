package nl.buurtstem.opendata.lod;

import static nl.buurtstem.opendata.web.Html.escape;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;

/** Serves the dumps at /dumps/{dataset}.{ttl.gz|nt.gz|jsonld|csv}, and a page listing them. */
public final class DumpRoutes {

    private static final Map<String, String> TYPES = Map.of(
            ".ttl.gz",
            "application/gzip",
            ".nt.gz",
            "application/gzip",
            ".jsonld",
            "application/ld+json",
            ".csv",
            "text/csv; charset=utf-8");

    private final Dumps dumps;

    public DumpRoutes(Dumps dumps) {
        this.dumps = dumps;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/dumps", this::list);
        cfg.routes.get("/dumps/{file}", this::file);
    }

    private void list(Context ctx) {
        StringBuilder body = new StringBuilder("<h1>Downloads</h1><p>Elke dataset in zijn geheel; beschreven in de "
                + "<a href=\"/catalogus\">catalogus</a>. Licentie: zie de catalogus.</p><ul>");
        for (DatasetSpec spec : dumps.specs()) {
            body.append("<li>").append(escape(spec.titel())).append(": ");
            for (String ext : extensions(spec)) {
                body.append("<a href=\"/dumps/")
                        .append(escape(spec.slug() + ext))
                        .append("\">")
                        .append(escape(ext.substring(1)))
                        .append("</a> ");
            }
            body.append("</li>");
        }
        ctx.html(Html.page("Downloads", body.append("</ul>").toString()));
    }

    private void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        for (DatasetSpec spec : dumps.specs()) {
            for (String ext : extensions(spec)) {
                if (name.equals(spec.slug() + ext)) {
                    Path file = dumps.directory().resolve(name);
                    if (!Files.exists(file)) {
                        throw new Problem(
                                503,
                                "dump-not-ready",
                                "This dump is being written; try again in a few seconds.",
                                Map.of());
                    }
                    ctx.header("Access-Control-Allow-Origin", "*");
                    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
                    ctx.contentType(TYPES.get(ext));
                    InputStream in = Files.newInputStream(file);
                    ctx.result(in);
                    return;
                }
            }
        }
        throw Problem.notFound("There is no dump called " + name + "; the catalogue at /catalogus lists them all.");
    }

    private static List<String> extensions(DatasetSpec spec) {
        return spec.cube() ? List.of(".ttl.gz", ".nt.gz", ".jsonld", ".csv") : List.of(".ttl.gz", ".nt.gz", ".jsonld");
    }
}
