package nl.buurtstem.kiosk.initiatief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.web.Problem;

/**
 * Citizen initiatives in this wijk and the municipality's menukaart 'from idea to realisation', from the local copy.
 * Contact goes through the municipality: the content carries no resident's contact details. A photo is served from
 * the kiosk's own disk; {@code fotoOpKiosk} tells the screen whether it is there yet.
 */
public final class InitiatiefRoutes {

    private final LocalContent content;
    private final ObjectMapper json;
    private final FotoCache fotos;

    public InitiatiefRoutes(LocalContent content, ObjectMapper json, FotoCache fotos) {
        this.content = content;
        this.json = json;
        this.fotos = fotos;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/initiatieven", ctx -> {
            ObjectNode body = json.createObjectNode();
            ArrayNode initiatieven = body.putArray("initiatieven");
            for (JsonNode i : content.current().path("initiatieven")) {
                ObjectNode copy = i.deepCopy();
                copy.put("fotoOpKiosk", fotos.foto(i.path("id").asText()).isPresent());
                initiatieven.add(copy);
            }
            body.set("menukaart", content.current().path("menukaart"));
            ctx.json(body);
        });
        cfg.routes.get("/api/initiatieven/{id}/foto", ctx -> {
            Path file = fotos.foto(ctx.pathParam("id"))
                    .orElseThrow(() -> new Problem(
                            404, "no-photo", "This kiosk has no photo of initiative " + ctx.pathParam("id") + "."));
            byte[] bytes = Files.readAllBytes(file);
            ctx.header("Cache-Control", "max-age=3600")
                    .contentType(FotoCache.type(bytes).orElse("application/octet-stream"))
                    .result(bytes);
        });
    }
}
