package nl.buurtstem.kiosk.paneel;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.PanelListener;

/**
 * The physical help (read-aloud) button, for the touch page: it asks {@code GET /api/hulpknop} and reads the
 * current screen aloud whenever {@code keer} went up. Presses outside opening hours do not count.
 */
public final class HulpknopRoutes implements PanelListener {

    private final SchermRegie scherm;
    private final Clock clock;
    private long keer;
    private Instant laatste;

    public HulpknopRoutes(KioskPanel panel, SchermRegie scherm, Clock clock) {
        this.scherm = scherm;
        this.clock = clock;
        panel.addListener(this);
    }

    @Override
    public synchronized void helpPressed() {
        if (scherm.open()) {
            keer++;
            laatste = clock.instant();
        }
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/api/hulpknop", ctx -> ctx.json(stand()));
    }

    private synchronized Map<String, Object> stand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keer", keer);
        body.put("laatste", laatste == null ? null : laatste.toString());
        return body;
    }
}
