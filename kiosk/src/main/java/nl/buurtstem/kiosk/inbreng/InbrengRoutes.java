package nl.buurtstem.kiosk.inbreng;

import io.javalin.config.JavalinConfig;

/** GET /api/inbreng/{code}: what became of the idea with this receipt code. */
public final class InbrengRoutes {

    private final InbrengService service;

    public InbrengRoutes(InbrengService service) {
        this.service = service;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/inbreng/{code}", ctx -> ctx.json(service.zoek(ctx.pathParam("code"))));
    }
}
