package nl.buurtstem.opendata.begroting;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffAuth;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;

/** Staff import the budget from CSV and watch it progress: /beheer/begroting and /api/beheer/begroting/... */
public final class BegrotingRoutes {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final BegrotingStore store;
    private final BegrotingImport imports;
    private final StaffAuth auth;
    private final Audit audit;

    public BegrotingRoutes(BegrotingStore store, BegrotingImport imports, StaffAuth auth, Audit audit) {
        this.store = store;
        this.imports = imports;
        this.auth = auth;
        this.audit = audit;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/begroting", ctx -> {
            if (auth.current(ctx).isEmpty()) {
                ctx.redirect("/beheer/login", HttpStatus.SEE_OTHER);
                return;
            }
            ctx.html(Html.page("Begroting importeren", ImportPage.BODY));
        });
        cfg.routes.get("/api/beheer/begroting", ctx -> {
            auth.require(ctx, Rol.EDITOR);
            ctx.json(store.all());
        });
        cfg.routes.post("/api/beheer/begroting/import", this::start);
        cfg.routes.get("/api/beheer/begroting/import/{id}", ctx -> {
            auth.require(ctx, Rol.EDITOR);
            ctx.json(imports.voortgang(ctx.pathParamAsClass("id", Long.class).get())
                    .orElseThrow(() -> Problem.notFound("There is no import " + ctx.pathParam("id") + ".")));
        });
    }

    private void start(Context ctx) {
        Medewerker wie = auth.require(ctx, Rol.PUBLISHER);
        String csv = ctx.body();
        if (csv.isBlank()) {
            throw Problem.badRequest(
                    "empty-import", "Send the CSV file as the request body (jaar;taakveld;fase;bedrag).");
        }
        if (csv.length() > MAX_BYTES) {
            throw new Problem(413, "import-too-large", "A budget CSV may be at most 20 MB.");
        }
        long id = imports.start(csv);
        audit.record(
                wie,
                "begroting import gestart",
                "begroting",
                Long.toString(id),
                csv.lines().count() - 1 + " regels");
        ctx.status(202).json(Map.of("id", id, "voortgang", "/api/beheer/begroting/import/" + id));
    }
}
