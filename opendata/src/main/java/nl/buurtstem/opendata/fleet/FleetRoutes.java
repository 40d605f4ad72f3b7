package nl.buurtstem.opendata.fleet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijk.WijkStore;

/** Staff API for the kiosk fleet: register a kiosk, list kiosks, revoke one. */
public final class FleetRoutes {

    private static final String PREFIX = "/api/staff/kiosks";

    private final ObjectMapper json;
    private final KioskRegistry registry;
    private final Aanmelding aanmelding;
    private final StaffAccess staff;

    public FleetRoutes(ObjectMapper json, KioskRegistry registry, WijkStore wijken, StaffAccess staff) {
        this.json = json;
        this.registry = registry;
        this.aanmelding = new Aanmelding(registry, wijken);
        this.staff = staff;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.before(PREFIX, staff::require);
        cfg.routes.before(PREFIX + "/*", staff::require);
        cfg.routes.post(PREFIX, this::register);
        cfg.routes.get(PREFIX, ctx -> ctx.json(registry.all()));
        cfg.routes.post(PREFIX + "/{id}/revoke", this::revoke);
        cfg.routes.put(PREFIX + "/{id}/openingstijden", this::openingstijden);
    }

    private record RegisterRequest(
            String naam, String buurthuis, String wijk, Map<String, List<String>> openingstijden) {}

    private record RevokeRequest(String reden) {}

    private void register(Context ctx) throws IOException {
        RegisterRequest request = json.readValue(ctx.bodyAsBytes(), RegisterRequest.class);
        KioskRegistry.Registration registration =
                aanmelding.registreer(request.naam(), request.buurthuis(), request.wijk(), request.openingstijden());
        ctx.status(201)
                .json(Map.of("kioskId", registration.kioskId(), "enrollmentToken", registration.enrollmentToken()));
    }

    /** Body: the opening hours per weekday, or JSON null for always open. */
    private void openingstijden(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        registry.find(id).orElseThrow(() -> Problem.notFound("No kiosk " + id + "."));
        Map<String, List<String>> perDag;
        try {
            perDag = json.readValue(ctx.bodyAsBytes(), new TypeReference<LinkedHashMap<String, List<String>>>() {});
        } catch (IOException e) {
            throw Problem.badRequest(
                    "invalid-openingstijden",
                    "Send the opening hours per weekday, e.g. {\"maandag\": [\"09:00-17:00\"]}, or null for always open.");
        }
        registry.setOpeningstijden(id, Aanmelding.checked(perDag));
        ctx.status(204);
    }

    private void revoke(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        registry.find(id).orElseThrow(() -> Problem.notFound("No kiosk " + id + "."));
        RevokeRequest request = json.readValue(ctx.bodyAsBytes(), RevokeRequest.class);
        if (request.reden() == null || request.reden().isBlank()) {
            throw Problem.badRequest(
                    "reason-required", "reden is required, so colleagues see why the kiosk was revoked.");
        }
        registry.revoke(id, request.reden().strip());
        ctx.status(204);
    }
}
