package nl.buurtstem.opendata.sync;

import io.javalin.config.JavalinConfig;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.web.Problem;

/** Staff API: each kiosk's sync state, including why it is refused (revoked, wrong key, clock far off). */
final class SyncStaffRoutes {

    private static final String PREFIX = "/api/staff/sync/kiosks";

    private final SyncOverview overview;
    private final StaffAccess staff;

    SyncStaffRoutes(SyncOverview overview, StaffAccess staff) {
        this.overview = overview;
        this.staff = staff;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.before(PREFIX, staff::require);
        cfg.routes.before(PREFIX + "/*", staff::require);
        cfg.routes.get(PREFIX, ctx -> ctx.json(overview.all()));
        cfg.routes.get(
                PREFIX + "/{id}",
                ctx -> ctx.json(overview.find(ctx.pathParam("id"))
                        .orElseThrow(() -> Problem.notFound("No kiosk " + ctx.pathParam("id") + "."))));
    }
}
