package nl.buurtstem.kiosk.gebeurd;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.kiosk.sync.LocalContent;

/**
 * "Wat er gebeurde": closed polls of this wijk with their published results, and the ideas the municipality answered,
 * from the local copy of the content, so it works offline.
 */
public final class GebeurdRoutes {

    private final LocalContent content;

    public GebeurdRoutes(LocalContent content) {
        this.content = content;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/gebeurd", ctx -> ctx.json(content.current().path("watErGebeurde")));
    }
}
