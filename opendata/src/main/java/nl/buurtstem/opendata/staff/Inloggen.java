package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * Logging in, the same for the login page's form and the JSON API: the same throttle against guessing, the same
 * session cookie, the same line in the audit log.
 */
final class Inloggen {

    sealed interface Uitkomst {}

    record Gelukt(Medewerker wie) implements Uitkomst {}

    record Wachten(long seconden) implements Uitkomst {}

    record Fout() implements Uitkomst {}

    private final StaffUsers users;
    private final Sessions sessions;
    private final Audit audit;
    private final LoginThrottle throttle;

    Inloggen(StaffUsers users, Sessions sessions, Audit audit, LoginThrottle throttle) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** Checks the password (unless the login must wait) and, when it is right, gives the browser its session. */
    Uitkomst probeer(Context ctx, String gebruikersnaam, String wachtwoord) {
        Optional<Duration> wait = throttle.waitFor(gebruikersnaam, ctx.ip());
        if (wait.isPresent()) {
            return new Wachten(Math.max(1, wait.get().toSeconds()));
        }
        Optional<Medewerker> verified = users.verify(gebruikersnaam, wachtwoord);
        if (verified.isEmpty()) {
            throttle.failed(gebruikersnaam, ctx.ip());
            return new Fout();
        }
        throttle.succeeded(gebruikersnaam);
        Medewerker wie = verified.get();
        Cookie cookie = new Cookie(StaffAuth.COOKIE, sessions.open(wie));
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
        audit.record(wie, "ingelogd", null, null, null);
        return new Gelukt(wie);
    }
}
