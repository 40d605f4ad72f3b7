package nl.buurtstem.opendata.plan;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * The staff's plan pages under /beheer/plannen/: the list and the form with its phases, participatiemomenten and PDF
 * documents (uploaded and served by the node), publish, and withdraw with a reason.
 */
final class PlanPaginas {

    private static final String PAD = "/beheer/plannen";

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<Plan> inhoud;
    private final Audit audit;
    private final WijkStore wijken;
    private final PlanBestanden bestanden;
    private final Iris iris;
    private final PlanKaart kaart;

    PlanPaginas(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<Plan> inhoud,
            Audit audit,
            WijkStore wijken,
            PlanBestanden bestanden,
            Iris iris,
            PlanKaart kaart) {
        this.paginas = paginas;
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.audit = audit;
        this.wijken = wijken;
        this.bestanden = bestanden;
        this.iris = iris;
        this.kaart = kaart;
    }

    void install(JavalinConfig cfg) {
        kaart.install(cfg);
        cfg.routes.get(PAD + "/", this::lijst);
        cfg.routes.get(PAD + "/nieuw", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
            toon(ctx, 200, wie, null, Formulier.leeg().zet("documenten", "0"));
        });
        cfg.routes.post(PAD + "/nieuw", ctx -> bewaar(ctx, null));
        cfg.routes.get(PAD + "/{id}", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
            Plan p = bestaand(ctx);
            toon(ctx, 200, wie, p.id(), PlanFormulier.van(p));
        });
        cfg.routes.post(PAD + "/{id}", ctx -> bewaar(ctx, bestaand(ctx)));
        cfg.routes.post(PAD + "/{id}/publiceren", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
            Plan p = bestaand(ctx);
            try {
                redactie.publiceer(wie, inhoud, p.id());
                paginas.verder(
                        ctx, "plannen/" + p.id(), "Het plan is gepubliceerd en staat binnen een minuut op de kiosks.");
            } catch (Redactie.Geweigerd e) {
                paginas.verder(ctx, "plannen/" + p.id(), e.getMessage());
            }
        });
        cfg.routes.post(PAD + "/{id}/intrekken", this::trekIn);
    }

    private void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        TreeSet<String> ids = new TreeSet<>();
        inhoud.all().get().forEach(p -> ids.add(p.id()));
        ids.addAll(redactie.concepten(inhoud).keySet());
        ids.addAll(redactie.alleIngetrokken(inhoud).keySet());
        List<PlanLijst.Rij> rijen = ids.stream()
                .map(id -> {
                    Plan p = huidig(id).orElseThrow();
                    return new PlanLijst.Rij(
                            id,
                            p.titel(),
                            wijken.find(p.wijk()).map(Wijk::naam).orElse("Alle wijken"),
                            status(id),
                            redactie.concept(inhoud, id).isPresent());
                })
                .toList();
        paginas.toon(ctx, wie, "Plannen", "plan/lijst.jte", new PlanLijst(rijen));
    }

    private void bewaar(Context ctx, Plan bestaand) throws IOException {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Formulier f = Formulier.van(ctx);
        uploads(ctx, f);
        String id = bestaand != null ? bestaand.id() : nieuweId(f.waarde("titel"));
        Optional<Plan> plan = PlanFormulier.lees(f, id, bestaand != null && bestaand.demo());
        if (plan.isEmpty()) {
            toon(ctx, 422, wie, bestaand == null ? null : id, f);
            return;
        }
        boolean publiceren = "publiceren".equals(f.waarde("actie"));
        if (publiceren && !wie.rol().mag(Rol.PUBLISHER)) {
            throw new StaffPaginas.GeenToegang("Publiceren mag alleen een publicist. Het plan is niet opgeslagen.");
        }
        redactie.bewaarConcept(wie, inhoud, plan.get());
        if (publiceren) {
            redactie.publiceer(wie, inhoud, id);
        }
        String pin = kaart.zet(f, id, plan.get().wijk()).map(m -> " " + m).orElse("");
        paginas.verder(
                ctx,
                "plannen/" + id,
                (publiceren
                                ? "Het plan is gepubliceerd en staat binnen een minuut op de kiosks."
                                : "Het plan is opgeslagen als concept. Bewoners zien het pas na publiceren.")
                        + pin);
    }

    /** Keeps each uploaded PDF at once, so an error elsewhere in the form does not make staff upload it again. */
    private void uploads(Context ctx, Formulier f) throws IOException {
        for (int i = 1; i <= PlanFormulier.NIEUWE_DOCUMENTEN; i++) {
            String veld = "nieuw" + i + "-bestand";
            UploadedFile bestand = ctx.uploadedFile(veld);
            if (bestand == null || bestand.size() == 0) {
                continue;
            }
            if (bestand.size() > PlanBestanden.MAX_BYTES) {
                f.fout(
                        veld,
                        "Dit bestand is te groot (" + (bestand.size() / 1024 / 1024 + 1)
                                + " MB). Een document mag maximaal 3 MB zijn.");
                continue;
            }
            byte[] bytes;
            try (InputStream in = bestand.content()) {
                bytes = in.readAllBytes();
            }
            if (!PlanBestanden.isPdf(bytes)) {
                f.fout(veld, "Dit bestand is geen PDF. Kies een PDF-bestand, of sla het eerst op als PDF.");
                continue;
            }
            String pad = bestanden.bewaar(bestand.filename(), bytes);
            f.zet("nieuw" + i + "-url", iris.base() + pad);
            f.zet("nieuw" + i + "-naam", bestand.filename());
        }
    }

    private void trekIn(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Plan p = inhoud.find()
                .apply(ctx.pathParam("id"))
                .orElseThrow(() -> Problem.notFound("Dit plan is niet gepubliceerd."));
        String reden = Formulier.van(ctx).waarde("reden");
        if (reden.length() < 5) {
            Formulier f = PlanFormulier.van(p);
            f.zet("reden", reden);
            f.fout("reden", "Schrijf op waarom u het plan intrekt, bijvoorbeeld: verkeerde wijk gekozen.");
            toon(ctx, 422, wie, p.id(), f);
            return;
        }
        redactie.trekIn(wie, inhoud, p.id(), reden);
        paginas.verder(ctx, "plannen/" + p.id(), "Het plan is ingetrokken. De kiosks tonen het niet meer.");
    }

    private void toon(Context ctx, int status, Medewerker wie, String id, Formulier f) {
        List<Optie> keuzes = wijken.all().stream()
                .sorted((a, b) -> a.naam().compareTo(b.naam()))
                .map(w -> new Optie(w.code(), w.naam()))
                .toList();
        PlanScherm scherm = new PlanScherm(
                id,
                f,
                keuzes,
                id == null ? null : status(id),
                id != null && redactie.concept(inhoud, id).isPresent(),
                wie.rol().mag(Rol.PUBLISHER),
                id == null ? List.of() : audit.latest(20, "plan", id),
                kaart.heeftKaart());
        paginas.toon(
                ctx, status, wie, id == null ? "Nieuw plan" : "Plan: " + f.waarde("titel"), "plan/scherm.jte", scherm);
    }

    private String status(String id) {
        if (inhoud.find().apply(id).isPresent()) {
            return "gepubliceerd";
        }
        return redactie.concept(inhoud, id).isEmpty()
                        && redactie.ingetrokken(inhoud, id).isPresent()
                ? "ingetrokken"
                : "concept";
    }

    private Optional<Plan> huidig(String id) {
        return redactie.concept(inhoud, id)
                .or(() -> inhoud.find().apply(id))
                .or(() -> redactie.ingetrokken(inhoud, id));
    }

    private Plan bestaand(Context ctx) {
        String id = ctx.pathParam("id");
        return huidig(id).orElseThrow(() -> Problem.notFound("Er is geen plan " + id + "."));
    }

    private String nieuweId(String titel) {
        String basis = Refs.slug(titel, "plan");
        String id = basis;
        for (int n = 2; huidig(id).isPresent(); n++) {
            id = basis + "-" + n;
        }
        return id;
    }
}
