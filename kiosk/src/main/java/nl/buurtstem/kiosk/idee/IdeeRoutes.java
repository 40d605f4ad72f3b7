package nl.buurtstem.kiosk.idee;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.util.Map;
import nl.buurtstem.kiosk.web.JsonBody;

/** The touch screen's idea box. */
public final class IdeeRoutes {

    private final IdeeService service;
    private final ObjectMapper json;

    public IdeeRoutes(IdeeService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.post("/api/ideeen", ctx -> {
            String bon = service.bewaar(JsonBody.read(ctx, json, IdeeService.Idee.class));
            ctx.status(201).json(Map.of("uitkomst", "bewaard", "bon", bon));
        });
    }
}
