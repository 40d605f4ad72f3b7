package nl.buurtstem.opendata.sync;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffAuth;
import nl.buurtstem.opendata.web.Problem;

/** Staff API: each kiosk's sync state, including why it is refused (revoked, wrong key, clock far off). */
final class SyncStaffRoutes {

    private static final String PREFIX = "/api/beheer/sync/kiosks";

    private final SyncOverview overview;
    private final StaffAuth staff;

    SyncStaffRoutes(SyncOverview overview, StaffAuth staff) {
        this.overview = overview;
        this.staff = staff;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.before(PREFIX, ctx -> staff.require(ctx, Rol.EDITOR));
        cfg.routes.before(PREFIX + "/*", ctx -> staff.require(ctx, Rol.EDITOR));
        cfg.routes.get(PREFIX, ctx -> ctx.json(overview.all()));
        cfg.routes.get(
                PREFIX + "/{id}",
                ctx -> ctx.json(overview.find(ctx.pathParam("id"))
                        .orElseThrow(() -> Problem.notFound("No kiosk " + ctx.pathParam("id") + "."))));
    }
}
