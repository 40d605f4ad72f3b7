package nl.buurtstem.opendata.wijkbudget;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * /beheer/wijkbudgetten/{id}/uitvoering: once voting has ended, a publicist says per winning proposal how far it is
 * (gepland, in uitvoering, klaar), with a short note and a date if she likes. Every change is in the audit log.
 */
final class UitvoeringPaginas {

    static final int MAX_NOTITIE = 200;

    private final StaffPaginas paginas;
    private final Audit audit;
    private final WijkbudgetFeature wijkbudgetten;
    private final Function<String, Optional<Wijkbudget>> huidig;
    private final Clock clock;

    UitvoeringPaginas(
            StaffPaginas paginas,
            Audit audit,
            WijkbudgetFeature wijkbudgetten,
            Function<String, Optional<Wijkbudget>> huidig,
            Clock clock) {
        this.paginas = paginas;
        this.audit = audit;
        this.wijkbudgetten = wijkbudgetten;
        this.huidig = huidig;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        String pad = "/beheer/wijkbudgetten/{id}/uitvoering";
        cfg.routes.get(pad, ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
            Wijkbudget w = wijkbudget(ctx);
            Formulier f = Formulier.leeg();
            wijkbudgetten.uitvoering().van(w.id()).values().forEach(u -> {
                f.zet("status-" + u.voorstel(), u.status().code());
                f.zet("notitie-" + u.voorstel(), Objects.requireNonNullElse(u.notitie(), ""));
                f.zet(
                        "datum-" + u.voorstel(),
                        u.datum() == null ? "" : u.datum().toString());
            });
            toon(ctx, 200, wie, w, f);
        });
        cfg.routes.post(pad, this::bewaar);
    }

    private void bewaar(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Wijkbudget w = wijkbudget(ctx);
        Formulier f = Formulier.van(ctx);
        Map<String, Uitvoering> nu = wijkbudgetten.uitvoering().van(w.id());
        List<Uitvoering> nieuw = new ArrayList<>();
        for (Wijkbudget.Voorstel v : wijkbudgetten.winnaars(w, clock.instant())) {
            lees(f, v).ifPresent(nieuw::add);
        }
        if (f.heeftFouten()) {
            toon(ctx, 422, wie, w, f);
            return;
        }
        for (Uitvoering u : nieuw) {
            if (!u.equals(nu.get(u.voorstel()))) {
                wijkbudgetten.uitvoering().zet(w.id(), u);
                audit.record(
                        wie,
                        "uitvoering van voorstel " + u.voorstel() + ": "
                                + u.status().woord().toLowerCase(Locale.ROOT),
                        "wijkbudget",
                        w.id(),
                        (u.datum() == null ? "" : u.datum() + " ") + Objects.requireNonNullElse(u.notitie(), ""));
            }
        }
        paginas.verder(ctx, "wijkbudgetten/" + w.id() + "/uitvoering", "De uitvoering is opgeslagen.");
    }

    /** A proposal's row; empty when staff left its status open. Errors go beside the field. */
    private static Optional<Uitvoering> lees(Formulier f, Wijkbudget.Voorstel v) {
        String status = f.waarde("status-" + v.id());
        String notitie = f.waarde("notitie-" + v.id()).strip();
        String datum = f.waarde("datum-" + v.id()).strip();
        if (status.isEmpty()) {
            if (!notitie.isEmpty() || !datum.isEmpty()) {
                f.fout("status-" + v.id(), "Kies hoe ver het voorstel is: gepland, in uitvoering of klaar.");
            }
            return Optional.empty();
        }
        Optional<UitvoeringStatus> s = UitvoeringStatus.vanCode(status);
        if (s.isEmpty()) {
            f.fout("status-" + v.id(), "Kies gepland, in uitvoering of klaar.");
        }
        if (notitie.length() > MAX_NOTITIE) {
            f.fout(
                    "notitie-" + v.id(),
                    "Maak de toelichting korter: hoogstens " + MAX_NOTITIE + " tekens. Nu zijn het er "
                            + notitie.length() + ".");
        }
        LocalDate dag = null;
        if (!datum.isEmpty()) {
            try {
                dag = LocalDate.parse(datum);
            } catch (DateTimeParseException e) {
                f.fout("datum-" + v.id(), "Vul een datum in zoals 15-03-2027, of laat het veld leeg.");
            }
        }
        LocalDate op = dag;
        return s.map(st -> new Uitvoering(v.id(), st, notitie.isEmpty() ? null : notitie, op));
    }

    private void toon(Context ctx, int status, Medewerker wie, Wijkbudget w, Formulier f) {
        List<UitvoeringScherm.Rij> rijen = wijkbudgetten.winnaars(w, clock.instant()).stream()
                .map(v -> new UitvoeringScherm.Rij(v.id(), v.titel(), v.bedrag()))
                .toList();
        List<Optie> statussen = Arrays.stream(UitvoeringStatus.values())
                .map(s -> new Optie(s.code(), s.woord()))
                .toList();
        UitvoeringScherm scherm =
                new UitvoeringScherm(w.id(), w.titel(), w.isGesloten(clock.instant()), f, rijen, statussen);
        paginas.toon(ctx, status, wie, "Uitvoering: " + w.titel(), "wijkbudget/uitvoering.jte", scherm);
    }

    private Wijkbudget wijkbudget(Context ctx) {
        String id = ctx.pathParam("id");
        return huidig.apply(id).orElseThrow(() -> Problem.notFound("Er is geen wijkbudget " + id + "."));
    }
}
