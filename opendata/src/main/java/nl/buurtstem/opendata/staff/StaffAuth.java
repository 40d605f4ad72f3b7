package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import java.util.Optional;
import nl.buurtstem.opendata.web.Problem;

/**
 * Who is asking, for every staff request: a personal login (session cookie) with its role, or the staff
 * API key (scripts, enrollment), which counts as an admin.
 */
public final class StaffAuth {

    static final String COOKIE = "buurtstem_sessie";
    private static final Medewerker API_KEY = new Medewerker("api-key", "staff API key", Rol.ADMIN);

    private final StaffAccess apiKey;
    private final Sessions sessions;
    private final CsrfGuard csrf;

    StaffAuth(StaffAccess apiKey, Sessions sessions, CsrfGuard csrf) {
        this.apiKey = apiKey;
        this.sessions = sessions;
        this.csrf = csrf;
    }

    /**
     * The signed-in staff member, if any. A login cookie changes nothing unless the request came from a page of this
     * site ({@link CsrfGuard}), wherever the route lives.
     */
    public Optional<Medewerker> current(Context ctx) {
        if (apiKey.carriedBy(ctx)) {
            return Optional.of(API_KEY);
        }
        Optional<Medewerker> wie = sessions.find(ctx.cookie(COOKIE));
        if (wie.isPresent()) {
            csrf.requireSameOrigin(ctx);
        }
        return wie;
    }

    /** Refuses the request (401, or 403 for a role too low) unless a staff member with at least {@code nodig} asks. */
    public Medewerker require(Context ctx, Rol nodig) {
        Medewerker wie = current(ctx)
                .orElseThrow(() -> new Problem(
                        401,
                        "login-required",
                        "Log in at /beheer/login, or send the staff API key (Authorization: Bearer ...)."));
        if (!wie.rol().mag(nodig)) {
            throw new Problem(
                    403,
                    "role-not-allowed",
                    "This needs the role " + nodig.code() + "; you are "
                            + wie.rol().code() + ". Ask an admin.");
        }
        return wie;
    }
}
