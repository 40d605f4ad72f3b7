package nl.buurtstem.kiosk.peiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.kiosk.web.JsonBody;
import nl.buurtstem.kiosk.web.Problem;

/** The touch screen's poll API. */
public final class PeilingRoutes {

    private final PeilingService service;
    private final ObjectMapper json;

    public PeilingRoutes(PeilingService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/peilingen", ctx -> ctx.json(service.peilingen()));
        cfg.routes.get("/api/peilingen/actief", this::actief);
        cfg.routes.get("/api/peilingen/{id}/uitslag", ctx -> ctx.json(service.uitslag(peiling(ctx))));
        cfg.routes.post("/api/peilingen/{id}/antwoorden", this::beantwoord);
    }

    private void actief(Context ctx) {
        ctx.json(service.actief()
                .orElseThrow(() -> new Problem(404, "no-active-peiling", "There is no poll for this wijk right now.")));
    }

    private record AntwoordRequest(Integer optie) {}

    private Peiling peiling(Context ctx) {
        return service.find(ctx.pathParam("id"))
                .orElseThrow(() ->
                        new Problem(404, "unknown-peiling", "This kiosk has no poll " + ctx.pathParam("id") + "."));
    }

    private void beantwoord(Context ctx) throws IOException {
        Peiling peiling = peiling(ctx);
        AntwoordRequest request = JsonBody.read(ctx, json, AntwoordRequest.class);
        if (request.optie() == null || !peiling.hasOption(request.optie())) {
            throw new Problem(
                    400,
                    "invalid-option",
                    "optie must be a number from 1 to " + peiling.opties().size() + ".");
        }
        PeilingService.Uitkomst uitkomst = service.beantwoord(peiling, request.optie(), Kanaal.SCHERM);
        ctx.status(uitkomst == PeilingService.Uitkomst.GETELD ? 201 : 200)
                .json(Map.of("uitkomst", uitkomst.name().toLowerCase(Locale.ROOT)));
    }
}
