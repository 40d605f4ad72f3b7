package nl.buurtstem.kiosk.host;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.hardware.HealthProbe;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.SimulatedButtons;
import nl.buurtstem.kiosk.sync.SyncLoop;
import nl.buurtstem.kiosk.sync.SyncStatus;
import nl.buurtstem.kiosk.web.Problem;

/**
 * For the buurthuis host and for demos: the kiosk's state, the PIN-protected hardware check screen, and
 * working the simulated panel's buttons and sensor (present only without real hardware).
 */
public final class HostRoutes {

    private final SyncLoop sync;
    private final Optional<SimulatedButtons> buttons;
    private final HardwareCheckRoutes check;

    public HostRoutes(
            SyncLoop sync, Optional<SimulatedButtons> buttons, KioskPanel panel, HostPin pin, HealthProbe health) {
        this.sync = sync;
        this.buttons = buttons;
        this.check = new HardwareCheckRoutes(panel, pin, health, buttons.isPresent());
    }

    public void install(JavalinConfig cfg) {
        check.install(cfg);
        cfg.routes.post("/host/hulpknop", ctx -> {
            wired(() -> simulated().pressHelp());
            ctx.status(204);
        });
        cfg.routes.post("/host/aanwezigheid/{wie}", ctx -> {
            switch (ctx.pathParam("wie")) {
                case "iemand" -> wired(() -> simulated().presence(true));
                case "niemand" -> wired(() -> simulated().presence(false));
                default ->
                    throw new Problem(
                            400, "invalid-presence", "Use /host/aanwezigheid/iemand or /host/aanwezigheid/niemand.");
            }
            ctx.status(204);
        });
        cfg.routes.get("/host/status", ctx -> {
            SyncStatus s = sync.status();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("online", s.online());
            body.put("wachtend", s.pending());
            body.put(
                    "laatsteSync",
                    s.lastSuccess() == null ? null : s.lastSuccess().toString());
            body.put("probleem", s.problem());
            body.put("gesimuleerdeKnoppen", buttons.isPresent());
            ctx.json(body);
        });
        cfg.routes.post("/host/knoppen/{nummer}", ctx -> {
            SimulatedButtons simulated = simulated();
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

    private static void wired(Runnable use) {
        try {
            use.run();
        } catch (IllegalArgumentException e) {
            throw new Problem(409, "not-wired", e.getMessage());
        }
    }

    private SimulatedButtons simulated() {
        return buttons.orElseThrow(
                () -> new Problem(409, "real-hardware", "This kiosk has real buttons and sensors; use them by hand."));
    }
}
