package nl.buurtstem.opendata.peiling;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * The staff's poll pages under /beheer/peilingen/: the list, the form (new and existing), and the steps of a poll's
 * life: publish, close now, archive, withdraw (for mistakes, with a reason). Handlers read the form, call the
 * {@link Redactie} and send the browser on with a message.
 */
final class PeilingPaginas {

    private static final String PAD = "/beheer/peilingen";

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<Peiling> inhoud;
    private final Audit audit;
    private final PeilingWijken wijken;
    private final Clock clock;

    PeilingPaginas(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<Peiling> inhoud,
            Audit audit,
            PeilingWijken wijken,
            Clock clock) {
        this.paginas = paginas;
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.audit = audit;
        this.wijken = wijken;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(PAD + "/", this::lijst);
        cfg.routes.get(PAD + "/nieuw", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
            Formulier f = Formulier.leeg().zet("soort", PeilingSoort.KEUZE.code());
            if (wie.wijk() != null) {
                f.zet("wijken", wie.wijk());
            }
            toon(ctx, 200, wie, null, f);
        });
        cfg.routes.post(PAD + "/nieuw", ctx -> bewaar(ctx, null));
        cfg.routes.get(PAD + "/{id}", this::scherm);
        cfg.routes.post(PAD + "/{id}", ctx -> bewaar(ctx, bestaand(ctx)));
        cfg.routes.post(PAD + "/{id}/publiceren", this::publiceer);
        cfg.routes.post(PAD + "/{id}/sluiten", this::sluit);
        cfg.routes.post(PAD + "/{id}/archiveren", this::archiveer);
        cfg.routes.post(PAD + "/{id}/reactie", this::reageer);
        cfg.routes.post(PAD + "/{id}/intrekken", this::trekIn);
    }

    private void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        boolean archief = ctx.queryParam("archief") != null;
        Instant nu = clock.instant();
        TreeSet<String> ids = new TreeSet<>();
        inhoud.all().get().forEach(p -> ids.add(p.id()));
        ids.addAll(redactie.concepten(inhoud).keySet());
        ids.addAll(redactie.alleIngetrokken(inhoud).keySet());
        List<PeilingLijst.Rij> rijen =
                ids.stream().map(id -> rij(id, nu)).filter(r -> r != null).toList();
        List<PeilingLijst.Rij> getoond = rijen.stream()
                .filter(r -> archief == (r.status() == PeilingStatus.GEARCHIVEERD))
                .filter(r -> wie.wijk() == null
                        || huidig(r.id()).map(p -> p.isAskedIn(wie.wijk())).orElse(false))
                .toList();
        int gearchiveerd = (int) rijen.stream()
                .filter(r -> r.status() == PeilingStatus.GEARCHIVEERD)
                .count();
        paginas.toon(ctx, wie, "Peilingen", "peiling/lijst.jte", new PeilingLijst(getoond, archief, gearchiveerd));
    }

    private PeilingLijst.Rij rij(String id, Instant nu) {
        Optional<Peiling> p = huidig(id);
        if (p.isEmpty()) {
            return null;
        }
        Peiling peiling = p.get();
        return new PeilingLijst.Rij(
                id,
                peiling.vraag(),
                wijken.namen(peiling),
                status(id, nu),
                periode(peiling),
                peiling.volgorde() == null ? "" : peiling.volgorde().toString(),
                peiling.vraagVanDeWeek(),
                redactie.concept(inhoud, id).isPresent());
    }

    private void scherm(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        Peiling p = bestaand(ctx);
        toon(ctx, 200, wie, p.id(), PeilingFormulier.van(p));
    }

    private void bewaar(Context ctx, Peiling bestaand) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        Formulier f = Formulier.van(ctx);
        if (bestaand != null) {
            magWerkenAan(wie, bestaand);
        }
        String id = bestaand != null ? bestaand.id() : nieuweId(f.waarde("vraag"));
        Optional<Peiling> peiling = PeilingFormulier.lees(f, id, wie, Optional.ofNullable(bestaand), clock.instant());
        if (peiling.isEmpty()) {
            toon(ctx, 422, wie, bestaand == null ? null : id, f);
            return;
        }
        boolean publiceren = "publiceren".equals(f.waarde("actie"));
        if (publiceren && !wie.rol().mag(Rol.PUBLISHER)) {
            throw new StaffPaginas.GeenToegang("Publiceren mag alleen een publicist. Uw concept is niet opgeslagen.");
        }
        redactie.bewaarConcept(wie, inhoud, peiling.get());
        if (publiceren) {
            redactie.publiceer(wie, inhoud, id);
            paginas.verder(ctx, "peilingen/" + id, publicatieMelding(peiling.get()));
        } else {
            paginas.verder(
                    ctx,
                    "peilingen/" + id,
                    wie.rol() == Rol.WIJKPANEL
                            ? "Uw voorstel is opgeslagen. Een publicist bekijkt het en zet het op de kiosks."
                            : "De peiling is opgeslagen als concept. Bewoners zien haar pas na publiceren.");
        }
    }

    private void publiceer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Peiling p = bestaand(ctx);
        try {
            Peiling gepubliceerd = redactie.publiceer(wie, inhoud, p.id());
            paginas.verder(ctx, "peilingen/" + p.id(), publicatieMelding(gepubliceerd));
        } catch (Redactie.Geweigerd e) {
            paginas.verder(ctx, "peilingen/" + p.id(), e.getMessage());
        }
    }

    private void sluit(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Peiling p = gepubliceerd(ctx);
        Instant nu = clock.instant();
        redactie.wijzigGepubliceerd(wie, inhoud, p.metLooptijd(p.start(), nu, false), "gesloten");
        paginas.verder(
                ctx,
                "peilingen/" + p.id(),
                "De peiling is gesloten. De kiosks vragen haar niet meer; de uitslag blijft in de open data.");
    }

    private void archiveer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Peiling p = gepubliceerd(ctx);
        if (!p.isGesloten(clock.instant())) {
            paginas.verder(ctx, "peilingen/" + p.id(), "Sluit de peiling eerst; daarna kunt u haar archiveren.");
            return;
        }
        redactie.wijzigGepubliceerd(wie, inhoud, p.metLooptijd(p.start(), p.eind(), true), "gearchiveerd");
        paginas.verder(ctx, "peilingen/", "De peiling is gearchiveerd. De uitslag blijft in de open data.");
    }

    /** The municipality's response to a closed poll, published at once with it (kiosk and open data). */
    private void reageer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Peiling p = gepubliceerd(ctx);
        if (!p.isGesloten(clock.instant())) {
            paginas.verder(
                    ctx, "peilingen/" + p.id(), "Sluit de peiling eerst; daarna schrijft u wat de gemeente doet.");
            return;
        }
        Formulier f = Formulier.van(ctx);
        Optional<Peiling.Reactie> reactie = PeilingReactie.lees(f);
        if (reactie.isEmpty()) {
            Formulier scherm = PeilingFormulier.van(p);
            for (String veld : List.of("zei", "doen")) {
                scherm.zet(veld, f.waarde(veld));
                if (f.heeftFout(veld)) {
                    scherm.fout(veld, f.fout(veld));
                }
            }
            toon(ctx, 422, wie, p.id(), scherm);
            return;
        }
        redactie.wijzigGepubliceerd(wie, inhoud, p.metReactie(reactie.get()), "reactie");
        paginas.verder(
                ctx,
                "peilingen/" + p.id(),
                "De reactie is gepubliceerd. De kiosks tonen haar bij Wat er gebeurde; ze staat in de open data.");
    }

    private void trekIn(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Peiling p = gepubliceerd(ctx);
        Formulier f = Formulier.van(ctx);
        if (f.waarde("reden").length() < 5) {
            f.fout("reden", "Schrijf op waarom u de peiling intrekt, bijvoorbeeld: verkeerde vraag gesteld.");
            Formulier scherm = PeilingFormulier.van(p);
            scherm.zet("reden", f.waarde("reden"));
            scherm.fout("reden", f.fout("reden"));
            toon(ctx, 422, wie, p.id(), scherm);
            return;
        }
        redactie.trekIn(wie, inhoud, p.id(), f.waarde("reden"));
        paginas.verder(
                ctx,
                "peilingen/" + p.id(),
                "De peiling is ingetrokken. De kiosks vragen haar niet meer en de antwoorden zijn niet meer openbaar.");
    }

    private void toon(Context ctx, int status, Medewerker wie, String id, Formulier f) {
        Instant nu = clock.instant();
        PeilingStatus s = id == null ? null : status(id, nu);
        String periode =
                id == null ? null : huidig(id).map(PeilingPaginas::periode).orElse(null);
        PeilingScherm scherm = new PeilingScherm(
                id,
                f,
                wijken.keuzes(wie),
                Arrays.asList(PeilingSoort.values()),
                s,
                id != null && redactie.concept(inhoud, id).isPresent(),
                wie.rol().mag(Rol.PUBLISHER),
                wie.rol() == Rol.WIJKPANEL,
                periode,
                id == null ? List.of() : audit.latest(20, "peiling", id));
        String titel = id == null ? "Nieuwe peiling" : "Peiling: " + f.waarde("vraag");
        paginas.toon(ctx, status, wie, titel, "peiling/scherm.jte", scherm);
    }

    private PeilingStatus status(String id, Instant nu) {
        Optional<Peiling> gepubliceerd = inhoud.find().apply(id);
        if (gepubliceerd.isPresent()) {
            return PeilingStatus.van(gepubliceerd.get(), nu);
        }
        return redactie.ingetrokken(inhoud, id).isPresent()
                        && redactie.concept(inhoud, id).isEmpty()
                ? PeilingStatus.INGETROKKEN
                : PeilingStatus.CONCEPT;
    }

    /** The version staff work on: the draft, else the published one, else the withdrawn one. */
    private Optional<Peiling> huidig(String id) {
        return redactie.concept(inhoud, id)
                .or(() -> inhoud.find().apply(id))
                .or(() -> redactie.ingetrokken(inhoud, id));
    }

    private Peiling bestaand(Context ctx) {
        String id = ctx.pathParam("id");
        return huidig(id).orElseThrow(() -> Problem.notFound("Er is geen peiling " + id + "."));
    }

    private Peiling gepubliceerd(Context ctx) {
        String id = ctx.pathParam("id");
        return inhoud.find().apply(id).orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde peiling " + id));
    }

    private void magWerkenAan(Medewerker wie, Peiling p) {
        if (wie.rol() == Rol.WIJKPANEL && (wie.wijk() == null || !p.isAskedIn(wie.wijk()) || p.wijk() == null)) {
            throw new StaffPaginas.GeenToegang(
                    "Als lid van een wijkpanel werkt u alleen aan peilingen voor uw eigen wijk.");
        }
    }

    private String nieuweId(String vraag) {
        String basis = Refs.slug(vraag, "peiling");
        String id = basis;
        for (int n = 2; huidig(id).isPresent(); n++) {
            id = basis + "-" + n;
        }
        return id;
    }

    private String publicatieMelding(Peiling p) {
        if (p.start() != null && p.start().isAfter(clock.instant())) {
            return "De peiling is gepubliceerd. De kiosks vragen haar vanaf " + PeilingFormulier.leesbaar(p.start())
                    + ".";
        }
        return "De peiling is gepubliceerd en staat binnen een minuut op de kiosks.";
    }

    static String periode(Peiling p) {
        if (p.start() == null && p.eind() == null) {
            return "Vanaf publiceren, tot u haar sluit";
        }
        String van = p.start() == null ? "vanaf publiceren" : "van " + PeilingFormulier.leesbaar(p.start());
        String tot = p.eind() == null ? "tot u haar sluit" : "tot " + PeilingFormulier.leesbaar(p.eind());
        return Character.toUpperCase(van.charAt(0)) + van.substring(1) + " " + tot;
    }
}
