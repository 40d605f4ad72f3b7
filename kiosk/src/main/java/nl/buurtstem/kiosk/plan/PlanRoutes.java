package nl.buurtstem.kiosk.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import nl.buurtstem.kiosk.sync.LocalContent;

/**
 * Plans in this kiosk's wijk, with the wijk map and the wijk's gebiedsagenda, from the local copy: works with the network
 * cable pulled.
 */
public final class PlanRoutes {

    private final LocalContent content;
    private final ObjectMapper json;

    public PlanRoutes(LocalContent content, ObjectMapper json) {
        this.content = content;
        this.json = json;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/plannen", ctx -> {
            ObjectNode body = json.createObjectNode();
            body.set("wijk", content.current().path("wijk"));
            body.set("buurthuis", content.current().path("kiosk").path("buurthuis"));
            body.set("plannen", content.current().path("plannen"));
            body.set("wijkkaart", content.current().path("wijkkaart"));
            body.set("gebiedsagenda", content.current().path("gebiedsagenda"));
            ctx.json(body);
        });
    }
}
