package nl.buurtstem.kiosk.fleet;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kiosk page pings {@code POST /fleet/levend} every few seconds (kiosk-ui/alive.js). The reply tells it
 * to reload or to show a staff message; a page that stops pinging is what the watchdog looks for.
 */
final class AliveRoutes {

    private final PageLiveness page;

    AliveRoutes(PageLiveness page) {
        this.page = page;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/fleet/levend", ctx -> {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("herladen", page.alive());
            reply.put("bericht", page.message().map(m -> Map.of("tekst", m.text(), "tot", m.until().toString())).orElse(null));
            ctx.json(reply);
        });
    }
}
