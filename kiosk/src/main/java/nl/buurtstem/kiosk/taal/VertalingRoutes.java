package nl.buurtstem.kiosk.taal;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.kiosk.sync.LocalContent;

/**
 * Translations of content items (item → language → field → text) as the municipality published them. The screen
 * texts themselves are resource bundles in kiosk-ui/taal/; content falls back to Dutch with a visible note.
 */
public final class VertalingRoutes {

    private final LocalContent content;

    public VertalingRoutes(LocalContent content) {
        this.content = content;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/vertalingen", ctx -> ctx.json(content.current().path("vertalingen")));
    }
}
