package nl.buurtstem.kiosk.host;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.hardware.SimulatedButtons;
import nl.buurtstem.kiosk.sync.SyncLoop;
import nl.buurtstem.kiosk.sync.SyncStatus;
import nl.buurtstem.kiosk.web.Problem;

/** For the buurthuis host and for demos: the kiosk's state, and pressing simulated buttons. */
public final class HostRoutes {

    private final SyncLoop sync;
    private final Optional<SimulatedButtons> buttons;

    public HostRoutes(SyncLoop sync, Optional<SimulatedButtons> buttons) {
        this.sync = sync;
        this.buttons = buttons;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/host/status", ctx -> {
            SyncStatus s = sync.status();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("online", s.online());
            body.put("wachtend", s.pending());
            body.put("laatsteSync", s.lastSuccess() == null ? null : s.lastSuccess().toString());
            body.put("probleem", s.problem());
            body.put("gesimuleerdeKnoppen", buttons.isPresent());
            ctx.json(body);
        });
        cfg.routes.post("/host/knoppen/{nummer}", ctx -> {
            SimulatedButtons simulated = buttons.orElseThrow(() -> new Problem(409, "real-hardware",
                    "This kiosk has real buttons; press them by hand."));
            int nummer;
            try {
                nummer = Integer.parseInt(ctx.pathParam("nummer"));
            } catch (NumberFormatException e) {
                throw new Problem(400, "invalid-button", "The button number must be a whole number.");
            }
            try {
                simulated.press(nummer);
            } catch (IllegalArgumentException e) {
                throw new Problem(400, "invalid-button", e.getMessage());
            }
            ctx.status(204);
        });
    }
}
