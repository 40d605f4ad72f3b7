package nl.buurtstem.opendata.kiosk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.web.Problem;

/**
 * Staff API for kiosks as scripts and the enroll command use it: register a kiosk, set its buurthuis's opening
 * hours, revoke it. The dashboard's routes list and show them.
 */
final class KioskRoutes {

    private static final String PREFIX = "/api/beheer/kiosks";

    private final ObjectMapper json;
    private final KioskRegistry registry;
    private final Aanmelding aanmelding;
    private final KioskRechten rechten;
    private final Audit audit;

    KioskRoutes(ObjectMapper json, KioskRegistry registry, Aanmelding aanmelding, KioskRechten rechten, Audit audit) {
        this.json = json;
        this.registry = registry;
        this.aanmelding = aanmelding;
        this.rechten = rechten;
        this.audit = audit;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post(PREFIX, this::register);
        cfg.routes.post(PREFIX + "/{id}/intrekken", this::revoke);
        cfg.routes.put(PREFIX + "/{id}/openingstijden", this::openingstijden);
    }

    private record RegisterRequest(
            String naam, String buurthuis, String wijk, Map<String, List<String>> openingstijden) {}

    private record RevokeRequest(String reden) {}

    private void register(Context ctx) throws IOException {
        Medewerker wie = rechten.require(ctx, KioskRechten.Recht.AANMELDEN);
        RegisterRequest request = json.readValue(ctx.bodyAsBytes(), RegisterRequest.class);
        if (request == null) {
            throw Problem.badRequest("invalid-kiosk", "Send the kiosk as {\"naam\": ..., \"wijk\": ...}.");
        }
        KioskRegistry.Registration registration =
                aanmelding.registreer(request.naam(), request.buurthuis(), request.wijk(), request.openingstijden());
        audit.record(wie, "Kiosk aangemeld", "kiosk", registration.kioskId(), null);
        ctx.status(201)
                .json(Map.of("kioskId", registration.kioskId(), "enrollmentToken", registration.enrollmentToken()));
    }

    /** Body: the opening hours per weekday, or JSON null for always open. */
    private void openingstijden(Context ctx) throws IOException {
        Medewerker wie = rechten.require(ctx, KioskRechten.Recht.LICHTE_ACTIE);
        String id = existing(ctx);
        Map<String, List<String>> perDag;
        try {
            perDag = json.readValue(ctx.bodyAsBytes(), new TypeReference<LinkedHashMap<String, List<String>>>() {});
        } catch (IOException e) {
            throw Problem.badRequest(
                    "invalid-openingstijden",
                    "Send the opening hours per weekday, e.g. {\"maandag\": [\"09:00-17:00\"]}, or null for always open.");
        }
        registry.setOpeningstijden(id, Aanmelding.checked(perDag));
        audit.record(wie, "Openingstijden gezet", "kiosk", id, String.valueOf(perDag));
        ctx.status(204);
    }

    private void revoke(Context ctx) throws IOException {
        Medewerker wie = rechten.require(ctx, KioskRechten.Recht.AANMELDEN);
        String id = existing(ctx);
        RevokeRequest request = json.readValue(ctx.bodyAsBytes(), RevokeRequest.class);
        if (request == null || request.reden() == null || request.reden().isBlank()) {
            throw Problem.badRequest(
                    "reason-required", "reden is required, so colleagues see why the kiosk was revoked.");
        }
        registry.revoke(id, request.reden().strip());
        audit.record(wie, "Kiosk ingetrokken", "kiosk", id, request.reden().strip());
        ctx.status(204);
    }

    private String existing(Context ctx) {
        String id = ctx.pathParam("id");
        registry.find(id).orElseThrow(() -> Problem.notFound("No kiosk " + id + "."));
        return id;
    }
}
