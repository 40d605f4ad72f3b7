package nl.buurtstem.kiosk.wijkbudget;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.kiosk.web.JsonBody;
import nl.buurtstem.kiosk.web.Pogingen;

/** The touch screen's wijkbudget ballot. */
public final class WijkbudgetRoutes {

    private final WijkbudgetService service;
    private final ObjectMapper json;

    public WijkbudgetRoutes(WijkbudgetService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    private record CodeRequest(String stemcode) {}

    private record BiljetRequest(List<String> voorstellen, String stemcode) {}

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/wijkbudgetten", ctx -> ctx.json(service.voorScherm()));
        cfg.routes.post("/api/wijkbudgetten/{id}/stemcode", ctx -> {
            CodeRequest request = JsonBody.read(ctx, json, CodeRequest.class);
            WijkbudgetService.Controle controle =
                    service.controleer(ctx.pathParam("id"), request.stemcode(), Pogingen.sessie(ctx));
            ctx.json(Map.of("stemcode", controle.name().toLowerCase(Locale.ROOT)));
        });
        cfg.routes.post("/api/wijkbudgetten/{id}/stembiljetten", ctx -> {
            BiljetRequest request = JsonBody.read(ctx, json, BiljetRequest.class);
            String bon =
                    service.stem(ctx.pathParam("id"), request.voorstellen(), request.stemcode(), Pogingen.sessie(ctx));
            ctx.status(201).json(Map.of("uitkomst", "bewaard", "bon", bon));
        });
    }
}
