package nl.buurtstem.opendata.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/** Staff API for the kiosk fleet: register a kiosk, list kiosks, revoke one. */
public final class FleetRoutes {

    private static final String PREFIX = "/api/staff/kiosks";

    private final ObjectMapper json;
    private final KioskRegistry registry;
    private final WijkStore wijken;
    private final StaffAccess staff;

    public FleetRoutes(ObjectMapper json, KioskRegistry registry, WijkStore wijken, StaffAccess staff) {
        this.json = json;
        this.registry = registry;
        this.wijken = wijken;
        this.staff = staff;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.before(PREFIX, staff::require);
        cfg.routes.before(PREFIX + "/*", staff::require);
        cfg.routes.post(PREFIX, this::register);
        cfg.routes.get(PREFIX, ctx -> ctx.json(registry.all()));
        cfg.routes.post(PREFIX + "/{id}/revoke", this::revoke);
    }

    private record RegisterRequest(String naam, String buurthuis, String wijk) {
    }

    private record RevokeRequest(String reden) {
    }

    private void register(Context ctx) throws IOException {
        RegisterRequest request = json.readValue(ctx.bodyAsBytes(), RegisterRequest.class);
        if (request.naam() == null || request.naam().isBlank()) {
            throw Problem.badRequest("invalid-kiosk", "naam is required: how staff will recognise this kiosk.");
        }
        if (!Wijk.isWijkcode(request.wijk()) || wijken.find(request.wijk()).isEmpty()) {
            throw Problem.badRequest("unknown-wijk", "wijk must be the CBS code of a known wijk, e.g. WK019301; got "
                    + request.wijk() + ".");
        }
        KioskRegistry.Registration registration = registry.register(request.naam().strip(), request.buurthuis(), request.wijk());
        ctx.status(201).json(Map.of("kioskId", registration.kioskId(), "enrollmentToken", registration.enrollmentToken()));
    }

    private void revoke(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        registry.find(id).orElseThrow(() -> Problem.notFound("No kiosk " + id + "."));
        RevokeRequest request = json.readValue(ctx.bodyAsBytes(), RevokeRequest.class);
        if (request.reden() == null || request.reden().isBlank()) {
            throw Problem.badRequest("reason-required", "reden is required, so colleagues see why the kiosk was revoked.");
        }
        registry.revoke(id, request.reden().strip());
        ctx.status(204);
    }
}
