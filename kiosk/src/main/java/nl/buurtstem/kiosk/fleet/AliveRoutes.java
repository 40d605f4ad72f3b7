package nl.buurtstem.kiosk.fleet;

import io.javalin.config.JavalinConfig;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.kiosk.web.Problem;

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
            // Only the kiosk's own browser speaks for its screen; a laptop on the buurthuis Wi-Fi must not.
            if (!InetAddress.getByName(ctx.ip().replaceAll("[\\[\\]]", "")).isLoopbackAddress()) {
                throw new Problem(
                        403, "not-this-screen", "Only the kiosk's own browser reports that its page is alive.");
            }
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("herladen", page.alive());
            reply.put(
                    "bericht",
                    page.message()
                            .map(m -> Map.of("tekst", m.text(), "tot", m.until().toString()))
                            .orElse(null));
            ctx.json(reply);
        });
    }
}
