package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.web.Problem;

/** Staff login and logout, staff logins for admins, and the audit log: /beheer/login and /api/beheer/... */
public final class StaffRoutes {

    record Login(String gebruikersnaam, String wachtwoord) {}

    record NieuweMedewerker(String gebruikersnaam, String naam, String rol, String wachtwoord) {}

    private final StaffUsers users;
    private final Sessions sessions;
    private final StaffAuth auth;
    private final Audit audit;
    private final LoginThrottle throttle;

    StaffRoutes(StaffUsers users, Sessions sessions, StaffAuth auth, Audit audit, LoginThrottle throttle) {
        this.users = users;
        this.sessions = sessions;
        this.auth = auth;
        this.audit = audit;
        this.throttle = throttle;
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/login", ctx -> ctx.html(Html.page("Inloggen", LoginPage.BODY)));
        cfg.routes.post("/api/beheer/login", this::login);
        cfg.routes.post("/api/beheer/logout", this::logout);
        // The same as an HTML form (with the CsrfGuard token), for the staff pages rendered on the server.
        cfg.routes.post("/beheer/uitloggen", ctx -> {
            logout(ctx);
            ctx.redirect("/beheer/login", HttpStatus.SEE_OTHER);
        });
        cfg.routes.get("/api/beheer/ik", ctx -> ctx.json(auth.require(ctx, Rol.EDITOR)));
        cfg.routes.get("/api/beheer/medewerkers", ctx -> {
            auth.require(ctx, Rol.ADMIN);
            ctx.json(users.all());
        });
        cfg.routes.post("/api/beheer/medewerkers", this::createUser);
        cfg.routes.get("/api/beheer/audit", ctx -> {
            // Who did what with the kiosks is for every colleague watching them; the rest is for admins.
            auth.require(ctx, "kiosk".equals(ctx.queryParam("soort")) ? Rol.EDITOR : Rol.ADMIN);
            ctx.json(audit.latest(
                    Math.min(
                            1000, ctx.queryParamAsClass("limiet", Integer.class).getOrDefault(200)),
                    ctx.queryParam("soort"),
                    ctx.queryParam("ref")));
        });
    }

    private void login(Context ctx) {
        Login login = ctx.bodyAsClass(Login.class);
        Optional<Duration> wait = throttle.waitFor(login.gebruikersnaam(), ctx.ip());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            throw new Problem(
                    429,
                    "too-many-attempts",
                    "Te vaak een verkeerd wachtwoord. Probeer het over " + seconds + " seconden opnieuw.",
                    Map.of("retryAfter", seconds));
        }
        Optional<Medewerker> verified = users.verify(login.gebruikersnaam(), login.wachtwoord());
        if (verified.isEmpty()) {
            throttle.failed(login.gebruikersnaam(), ctx.ip());
            throw new Problem(401, "wrong-login", "Gebruikersnaam of wachtwoord klopt niet.");
        }
        throttle.succeeded(login.gebruikersnaam());
        Medewerker wie = verified.get();
        Cookie cookie = new Cookie(StaffAuth.COOKIE, sessions.open(wie));
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
        audit.record(wie, "ingelogd", null, null, null);
        ctx.json(wie);
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(StaffAuth.COOKIE));
        ctx.removeCookie(StaffAuth.COOKIE, "/");
        ctx.status(204);
    }

    private void createUser(Context ctx) {
        Medewerker admin = auth.require(ctx, Rol.ADMIN);
        NieuweMedewerker nieuw = ctx.bodyAsClass(NieuweMedewerker.class);
        if (nieuw.gebruikersnaam() != null && users.exists(nieuw.gebruikersnaam())) {
            throw new Problem(409, "user-exists", "There is already a staff login " + nieuw.gebruikersnaam() + ".");
        }
        Medewerker created;
        try {
            created = users.create(
                    nieuw.gebruikersnaam(),
                    nieuw.naam(),
                    Rol.fromCode(String.valueOf(nieuw.rol())),
                    nieuw.wachtwoord());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("invalid-user", e.getMessage());
        }
        audit.record(
                admin,
                "medewerker aangemaakt",
                "medewerker",
                created.gebruikersnaam(),
                "rol " + created.rol().code());
        ctx.status(201)
                .json(Map.of("gebruikersnaam", created.gebruikersnaam(), "naam", created.naam(), "rol", created.rol()));
    }
}
