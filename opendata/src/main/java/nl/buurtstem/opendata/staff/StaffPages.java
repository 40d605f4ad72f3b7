package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.web.UnreadBody;

/**
 * The staff's pages in the browser, rendered on the server and working without scripts: the login form and, after
 * it, the staff home (/beheer/) with each wijk's content, the kiosks and the ideas. /beheer/inhoud, the JSON editor of
 * 0.1, leads there.
 */
final class StaffPages {

    private final StaffPaginas paginas;
    private final StaffAuth auth;
    private final Inloggen inloggen;
    private final List<Werk.Bron> bronnen;
    private final Supplier<Kioskstand> kiosks;
    private final Supplier<List<Optie>> wijken;
    private final Clock clock;

    StaffPages(
            StaffPaginas paginas,
            StaffAuth auth,
            Inloggen inloggen,
            List<Werk.Bron> bronnen,
            Supplier<Kioskstand> kiosks,
            Supplier<List<Optie>> wijken,
            Clock clock) {
        this.paginas = paginas;
        this.auth = auth;
        this.inloggen = inloggen;
        this.bronnen = List.copyOf(bronnen);
        this.kiosks = kiosks;
        this.wijken = wijken;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.exception(StaffPaginas.NietIngelogd.class, (e, ctx) -> {
            // Read what the browser still sends, so it gets the answer instead of a dropped connection.
            UnreadBody.discard(ctx.req(), ctx.res());
            String terug = ctx.method().name().equals("GET") ? ctx.path() : "";
            ctx.redirect(
                    paginas.root() + "beheer/login" + (terug.isEmpty() ? "" : "?terug=" + encode(terug)),
                    HttpStatus.SEE_OTHER);
        });
        cfg.routes.exception(StaffPaginas.GeenToegang.class, (e, ctx) -> {
            UnreadBody.discard(ctx.req(), ctx.res());
            paginas.toon(
                    ctx,
                    403,
                    auth.current(ctx).orElse(null),
                    "Geen toegang",
                    "staff/fout.jte",
                    new Fout("Geen toegang", e.getMessage()));
        });
        cfg.routes.get("/beheer/login", this::loginForm);
        cfg.routes.post("/beheer/login", this::login);
        cfg.routes.get("/beheer/", this::thuis);
        cfg.routes.get("/beheer/inhoud", ctx -> ctx.redirect(paginas.root() + "beheer/", HttpStatus.SEE_OTHER));
    }

    private void loginForm(Context ctx) {
        if (auth.current(ctx).isPresent()) {
            ctx.redirect(paginas.root() + "beheer/", HttpStatus.SEE_OTHER);
            return;
        }
        Formulier f = Formulier.leeg().zet("terug", veiligTerug(ctx.queryParam("terug")));
        paginas.toon(ctx, null, "Inloggen", "staff/login.jte", f);
    }

    private void login(Context ctx) {
        Formulier f = Formulier.van(ctx);
        String naam = f.waarde("gebruikersnaam");
        if (naam.isEmpty()) {
            f.fout("gebruikersnaam", "Vul uw gebruikersnaam in.");
        }
        if (f.waarde("wachtwoord").isEmpty()) {
            f.fout("wachtwoord", "Vul uw wachtwoord in.");
        }
        if (!f.heeftFouten()) {
            switch (inloggen.probeer(ctx, naam, f.waarden("wachtwoord").getFirst())) {
                case Inloggen.Gelukt g -> {
                    String terug = veiligTerug(f.waarde("terug"));
                    ctx.redirect(terug.isEmpty() ? paginas.root() + "beheer/" : terug, HttpStatus.SEE_OTHER);
                    return;
                }
                case Inloggen.Wachten w -> {
                    ctx.header("Retry-After", Long.toString(w.seconden()));
                    f.fout(
                            "wachtwoord",
                            "Te vaak een verkeerd wachtwoord. Probeer het over " + w.seconden() + " seconden opnieuw.");
                }
                case Inloggen.Fout x -> f.fout("wachtwoord", "Gebruikersnaam of wachtwoord klopt niet.");
            }
        }
        f.zet("wachtwoord", "");
        paginas.toon(
                ctx,
                f.fout("wachtwoord") != null && ctx.header("Retry-After") != null ? 429 : 422,
                null,
                "Inloggen",
                "staff/login.jte",
                f);
    }

    private void thuis(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        List<Werk> werk = bronnen.stream().flatMap(b -> b.get().stream()).toList();
        paginas.toon(
                ctx,
                wie,
                "Overzicht",
                "staff/thuis.jte",
                Thuis.van(
                        werk,
                        kiosks.get(),
                        wie.rol().mag(Rol.PUBLISHER),
                        wijken.get(),
                        Formulier.leeg()
                                .zet(
                                        "maand",
                                        YearMonth.now(clock.withZone(Gemeentetijd.ZONE))
                                                .toString())));
    }

    /** Only a path on this node: a login link must not lead somewhere else afterwards. */
    private String veiligTerug(String terug) {
        if (terug == null
                || !terug.startsWith(paginas.root() + "beheer/")
                || terug.contains("//")
                || terug.contains("\\")) {
            return "";
        }
        return terug;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
