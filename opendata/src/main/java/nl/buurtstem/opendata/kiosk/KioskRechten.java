package nl.buurtstem.opendata.kiosk;

import io.javalin.http.Context;
import java.util.Set;
import nl.buurtstem.opendata.actie.ActieSoort;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffAuth;
import nl.buurtstem.opendata.web.Problem;

/**
 * The one place where the dashboard decides who may see and do what, on top of the staff logins (a personal
 * session, or the staff API key, which counts as an admin). Every staff role may watch the fleet; a publisher,
 * who decides what residents see, may also refresh, reload, show a message or take a screenshot; restarting
 * and rebooting interrupt residents at the kiosk, so only an admin may; so is registering a kiosk, whose card lets a
 * device send answers in the municipality's name.
 */
public final class KioskRechten {

    /** What a request wants to do. */
    public enum Recht {
        BEKIJKEN,
        LICHTE_ACTIE,
        ZWARE_ACTIE,
        AANMELDEN
    }

    private final StaffAuth auth;

    KioskRechten(StaffAuth auth) {
        this.auth = auth;
    }

    public Medewerker require(Context ctx, Recht recht) {
        Medewerker wie = auth.current(ctx)
                .orElseThrow(() -> new Problem(
                        401,
                        "login-required",
                        "Log in at /beheer/login, or send the staff API key (Authorization: Bearer ...)."));
        if (!allowed(wie.rol()).contains(recht)) {
            throw new Problem(
                    403,
                    "role-not-allowed",
                    "Your role (" + wie.rol().code() + ") may not do this; "
                            + (recht == Recht.ZWARE_ACTIE || recht == Recht.AANMELDEN
                                    ? "ask an admin."
                                    : "ask a publisher or an admin."));
        }
        return wie;
    }

    static Set<Recht> allowed(Rol rol) {
        return switch (rol) {
            case WIJKPANEL, EDITOR, IDEEENMAKELAAR -> Set.of(Recht.BEKIJKEN);
            case PUBLISHER -> Set.of(Recht.BEKIJKEN, Recht.LICHTE_ACTIE);
            case ADMIN -> Set.of(Recht.BEKIJKEN, Recht.LICHTE_ACTIE, Recht.ZWARE_ACTIE, Recht.AANMELDEN);
        };
    }

    public static Recht needed(ActieSoort soort) {
        return switch (soort) {
            case RESTART_APP, REBOOT -> Recht.ZWARE_ACTIE;
            default -> Recht.LICHTE_ACTIE;
        };
    }
}
