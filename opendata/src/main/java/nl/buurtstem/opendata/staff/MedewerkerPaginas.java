package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * /beheer/medewerkers/ for a beheerder: who can log in with which role, and a form to add a colleague, a wijkpanel
 * volunteer with the one wijk they work for. Every new login is in the audit log.
 */
final class MedewerkerPaginas {

    private static final Pattern NAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final StaffPaginas paginas;
    private final StaffUsers users;
    private final Audit audit;
    private final Supplier<List<Optie>> wijken;
    private final Function<String, String> wijknaam;

    MedewerkerPaginas(
            StaffPaginas paginas,
            StaffUsers users,
            Audit audit,
            Supplier<List<Optie>> wijken,
            Function<String, String> wijknaam) {
        this.paginas = paginas;
        this.users = users;
        this.audit = audit;
        this.wijken = wijken;
        this.wijknaam = wijknaam;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(
                "/beheer/medewerkers/", ctx -> toon(ctx, 200, paginas.vereist(ctx, Rol.ADMIN), Formulier.leeg()));
        cfg.routes.post("/beheer/medewerkers/", this::maak);
    }

    private void maak(Context ctx) {
        Medewerker beheerder = paginas.vereist(ctx, Rol.ADMIN);
        Formulier f = Formulier.van(ctx);
        String gebruikersnaam = f.waarde("gebruikersnaam").toLowerCase(Locale.ROOT);
        if (!NAAM.matcher(gebruikersnaam).matches()) {
            f.fout(
                    "gebruikersnaam",
                    "Gebruik 2 tot 40 kleine letters, cijfers, punten, streepjes of liggende streepjes. "
                            + "Bijvoorbeeld: anne.devries");
        } else if (users.exists(gebruikersnaam)) {
            f.fout("gebruikersnaam", "Deze gebruikersnaam bestaat al. Kies een andere.");
        }
        if (f.waarde("naam").isEmpty()) {
            f.fout("naam", "Vul de naam in. Die staat bij alles wat deze persoon doet.");
        }
        Rol rol = null;
        try {
            rol = Rol.fromCode(f.waarde("rol"));
        } catch (IllegalArgumentException e) {
            f.fout("rol", "Kies een rol.");
        }
        if (rol == Rol.WIJKPANEL && f.waarde("wijk").isEmpty()) {
            f.fout("wijk", "Kies de wijk van dit wijkpanel.");
        }
        if (f.waarde("wachtwoord").length() < StaffUsers.MIN_PASSWORD) {
            f.fout("wachtwoord", "Het wachtwoord moet minstens " + StaffUsers.MIN_PASSWORD + " tekens hebben.");
        }
        if (f.heeftFouten()) {
            f.zet("wachtwoord", "");
            toon(ctx, 422, beheerder, f);
            return;
        }
        Medewerker nieuw = users.create(
                gebruikersnaam,
                f.waarde("naam"),
                rol,
                f.waarde("wijk"),
                f.waarden("wachtwoord").getFirst());
        audit.record(
                beheerder,
                "medewerker aangemaakt",
                "medewerker",
                nieuw.gebruikersnaam(),
                "rol " + nieuw.rol().code() + (nieuw.wijk() == null ? "" : ", wijk " + nieuw.wijk()));
        paginas.verder(
                ctx,
                "medewerkers/",
                nieuw.weergavenaam() + " kan nu inloggen als "
                        + nieuw.rol().naam().toLowerCase(Locale.ROOT)
                        + ". Geef het wachtwoord persoonlijk door.");
    }

    private void toon(Context ctx, int status, Medewerker wie, Formulier f) {
        List<MedewerkerScherm.Rij> rijen = users.all().stream()
                .map(m -> new MedewerkerScherm.Rij(
                        m.gebruikersnaam(), m.naam(), m.rol().naam(), m.wijk() == null ? "" : wijknaam.apply(m.wijk())))
                .toList();
        List<MedewerkerScherm.RolKeuze> rollen = Arrays.stream(Rol.values())
                .map(r -> new MedewerkerScherm.RolKeuze(r.code(), r.naam(), uitleg(r)))
                .toList();
        paginas.toon(
                ctx,
                status,
                wie,
                "Medewerkers",
                "staff/medewerkers.jte",
                new MedewerkerScherm(rijen, rollen, wijken.get(), f));
    }

    private static String uitleg(Rol r) {
        return switch (r) {
            case WIJKPANEL -> "Stelt peilingen voor voor één wijk; een publicist zet ze op de kiosks.";
            case EDITOR -> "Schrijft en wijzigt inhoud als concept.";
            case IDEEENMAKELAAR -> "Schrijft inhoud en handelt de ideeën van bewoners af.";
            case PUBLISHER -> "Zet inhoud op de kiosks en in de open data, en maakt stemcodes.";
            case ADMIN -> "Kan alles, ook medewerkers toevoegen en kiosks herstarten.";
        };
    }
}
