package nl.buurtstem.kiosk.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import nl.buurtstem.kiosk.sync.LocalContent;

/**
 * Citizen initiatives in this wijk and the municipality's menukaart 'from idea to realisation', from the local copy.
 * Contact goes through the municipality: the content carries no resident's contact details.
 */
public final class InitiatiefRoutes {

    private final LocalContent content;
    private final ObjectMapper json;

    public InitiatiefRoutes(LocalContent content, ObjectMapper json) {
        this.content = content;
        this.json = json;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/initiatieven", ctx -> {
            ObjectNode body = json.createObjectNode();
            body.set("initiatieven", content.current().path("initiatieven"));
            body.set("menukaart", content.current().path("menukaart"));
            ctx.json(body);
        });
    }
}
