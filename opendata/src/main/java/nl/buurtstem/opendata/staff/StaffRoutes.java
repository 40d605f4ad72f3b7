package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import nl.buurtstem.opendata.web.Problem;

/** Staff login and logout, staff logins for admins, and the audit log: /beheer/login and /api/beheer/... */
public final class StaffRoutes {

    record Login(String gebruikersnaam, String wachtwoord) {}

    record NieuweMedewerker(String gebruikersnaam, String naam, String rol, String wijk, String wachtwoord) {}

    private final StaffUsers users;
    private final Sessions sessions;
    private final StaffAuth auth;
    private final Audit audit;
    private final Inloggen inloggen;

    StaffRoutes(StaffUsers users, Sessions sessions, StaffAuth auth, Audit audit, Inloggen inloggen) {
        this.users = users;
        this.sessions = sessions;
        this.auth = auth;
        this.audit = audit;
        this.inloggen = inloggen;
    }

    public void install(JavalinConfig cfg) {
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
        switch (inloggen.probeer(ctx, login.gebruikersnaam(), login.wachtwoord())) {
            case Inloggen.Wachten w -> {
                ctx.header("Retry-After", Long.toString(w.seconden()));
                throw new Problem(
                        429,
                        "too-many-attempts",
                        "Te vaak een verkeerd wachtwoord. Probeer het over " + w.seconden() + " seconden opnieuw.",
                        Map.of("retryAfter", w.seconden()));
            }
            case Inloggen.Fout f -> throw new Problem(401, "wrong-login", "Gebruikersnaam of wachtwoord klopt niet.");
            case Inloggen.Gelukt g -> ctx.json(g.wie());
        }
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
                    nieuw.wijk(),
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
