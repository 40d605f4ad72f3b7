package nl.buurtstem.opendata.fleet;

import io.javalin.http.Context;
import java.util.Set;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.web.Problem;

/**
 * The one place where the dashboard decides who may see and do what. Today the staff API key is the only
 * login and counts as a beheerder; personal staff logins with roles plug in here.
 */
final class FleetAccess {

    /** A staff role as the fleet sees it. */
    enum Rol { KIJKER, MEDEWERKER, BEHEERDER }

    /** What a request wants to do. */
    enum Recht { BEKIJKEN, LICHTE_ACTIE, ZWARE_ACTIE }

    /** Who is asking, for checks and the audit log. */
    record Medewerker(String naam, Rol rol) {
    }

    private final StaffAccess staff;

    FleetAccess(StaffAccess staff) {
        this.staff = staff;
    }

    Medewerker require(Context ctx, Recht recht) {
        staff.require(ctx);
        Medewerker wie = new Medewerker("beheerder (staff API key)", Rol.BEHEERDER);
        if (!allowed(wie.rol()).contains(recht)) {
            throw new Problem(403, "role-not-allowed", "Your role (" + wie.rol().name().toLowerCase(java.util.Locale.ROOT)
                    + ") may not do this; ask a beheerder.");
        }
        return wie;
    }

    /** Restarting and rebooting interrupt residents at the kiosk: only a beheerder may. */
    static Set<Recht> allowed(Rol rol) {
        return switch (rol) {
            case KIJKER -> Set.of(Recht.BEKIJKEN);
            case MEDEWERKER -> Set.of(Recht.BEKIJKEN, Recht.LICHTE_ACTIE);
            case BEHEERDER -> Set.of(Recht.BEKIJKEN, Recht.LICHTE_ACTIE, Recht.ZWARE_ACTIE);
        };
    }

    static Recht needed(ActieSoort soort) {
        return switch (soort) {
            case RESTART_APP, REBOOT -> Recht.ZWARE_ACTIE;
            default -> Recht.LICHTE_ACTIE;
        };
    }
}
