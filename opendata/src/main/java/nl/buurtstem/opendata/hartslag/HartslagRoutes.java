package nl.buurtstem.opendata.hartslag;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.actie.ActieSoort;
import nl.buurtstem.opendata.actie.Acties;
import nl.buurtstem.opendata.actie.KioskActie;
import nl.buurtstem.opendata.actie.Screenshots;
import nl.buurtstem.opendata.kiosk.Gebeurtenissen;
import nl.buurtstem.opendata.kiosk.Kiosk;
import nl.buurtstem.opendata.sync.KioskAuth;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;

/**
 * The kiosk-facing side of fleet monitoring, signed like the rest of the sync API (docs/sync-protocol.md,
 * "Heartbeat"): a heartbeat whose reply carries waiting remote actions, and the upload of a requested screenshot.
 */
final class HartslagRoutes {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final ObjectMapper json;
    private final KioskAuth auth;
    private final HartslagOntvangst ontvangst;
    private final Acties acties;
    private final Screenshots screenshots;
    private final Gebeurtenissen log;
    private final FleetSettings settings;
    private final Clock clock;

    HartslagRoutes(
            ObjectMapper json,
            KioskAuth auth,
            HartslagOntvangst ontvangst,
            Acties acties,
            Screenshots screenshots,
            Gebeurtenissen log,
            FleetSettings settings,
            Clock clock) {
        this.json = json;
        this.auth = auth;
        this.ontvangst = ontvangst;
        this.acties = acties;
        this.screenshots = screenshots;
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post("/api/sync/v1/heartbeat", this::heartbeat);
        cfg.routes.post("/api/sync/v1/screenshot/{actie}", this::screenshot);
    }

    private void heartbeat(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        Kiosk kiosk = auth.authenticate(ctx, body);
        Hartslag hartslag = JsonBody.read(json, body, Hartslag.class);
        List<KioskActie> waiting = ontvangst.receive(kiosk, hartslag);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("serverTime", clock.millis());
        reply.put("intervalSeconds", settings.heartbeatInterval().toSeconds());
        reply.put(
                "actions",
                waiting.stream()
                        .map(a -> Map.of("id", a.id(), "type", a.soort().code(), "params", a.params()))
                        .toList());
        ctx.json(reply);
    }

    private void screenshot(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        Kiosk kiosk = auth.authenticate(ctx, body);
        String actieId = ctx.pathParam("actie");
        KioskActie actie = acties.find(actieId)
                .filter(a -> a.kioskId().equals(kiosk.id()) && a.soort() == ActieSoort.SCREENSHOT)
                .orElseThrow(() -> Problem.notFound("No screenshot was asked of this kiosk as " + actieId + "."));
        if (body.length < PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(body, PNG_MAGIC.length), PNG_MAGIC)) {
            throw new Problem(415, "not-png", "A screenshot must be uploaded as a PNG image.");
        }
        screenshots.save(kiosk.id(), actie.id(), body, clock.instant());
        log.note(kiosk.id(), clock.instant(), "Schermafbeelding ontvangen");
        ctx.status(204);
    }
}
