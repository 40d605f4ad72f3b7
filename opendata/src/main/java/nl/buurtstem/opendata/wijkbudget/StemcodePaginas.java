package nl.buurtstem.opendata.wijkbudget;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * /beheer/wijkbudgetten/{id}/stemcodes: a publicist makes N stemcodes and gets their letters as one PDF (the codes
 * are not kept: only their hashes); the desk blocks the code of a lost letter by its number and prints a new letter.
 */
final class StemcodePaginas {

    static final int MAX_BRIEVEN = 1000;

    private final StaffPaginas paginas;
    private final Audit audit;
    private final WijkbudgetStore store;
    private final Stemcodebrieven brieven;
    private final Function<String, Optional<Wijkbudget>> huidig;
    private final Function<String, String> wijknaam;
    private final String afzender;

    StemcodePaginas(
            StaffPaginas paginas,
            Audit audit,
            WijkbudgetStore store,
            Stemcodebrieven brieven,
            Function<String, Optional<Wijkbudget>> huidig,
            Function<String, String> wijknaam,
            String afzender) {
        this.paginas = paginas;
        this.audit = audit;
        this.store = store;
        this.brieven = brieven;
        this.huidig = huidig;
        this.wijknaam = wijknaam;
        this.afzender = afzender;
    }

    void install(JavalinConfig cfg) {
        String pad = "/beheer/wijkbudgetten/{id}/stemcodes";
        cfg.routes.get(pad, ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
            Wijkbudget w = wijkbudget(ctx);
            toon(ctx, 200, wie, w, Formulier.leeg().zet("prefix", prefix(w)));
        });
        cfg.routes.post(pad, this::maak);
        cfg.routes.post(pad + "/blokkeren", this::blokkeer);
    }

    private void maak(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Wijkbudget w = wijkbudget(ctx);
        Formulier f = Formulier.van(ctx);
        int aantal = 0;
        try {
            aantal = Integer.parseInt(f.waarde("aantal"));
            if (aantal < 1 || aantal > MAX_BRIEVEN) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            f.fout("aantal", "Vul een aantal brieven in van 1 tot " + MAX_BRIEVEN + ".");
        }
        String prefix = prefixUit(f);
        String deadline = deadline(f, "tot");
        if (f.heeftFouten()) {
            toon(ctx, 422, wie, w, f);
            return;
        }
        List<Stemcodebrieven.Brief> gemaakt = brieven.maak(w.id(), prefix, aantal);
        audit.record(
                wie,
                aantal + " stemcodes gemaakt, brieven " + gemaakt.getFirst().nummer() + " tot en met "
                        + gemaakt.getLast().nummer(),
                "wijkbudget",
                w.id(),
                null);
        pdf(
                ctx,
                w,
                gemaakt,
                deadline,
                "stembrieven-" + gemaakt.getFirst().nummer() + "-"
                        + gemaakt.getLast().nummer());
    }

    private void blokkeer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Wijkbudget w = wijkbudget(ctx);
        Formulier f = Formulier.van(ctx);
        int nummer = 0;
        try {
            nummer = Integer.parseInt(f.waarde("briefnummer"));
        } catch (NumberFormatException e) {
            f.fout("briefnummer", "Vul het nummer van de brief in. Het staat bovenaan de brief.");
        }
        String prefix = prefixUit(f);
        String deadline = deadline(f, "balie-tot");
        if (!f.heeftFouten()) {
            switch (brieven.blokkeer(w.id(), nummer, prefix)) {
                case Stemcodebrieven.Onbekend o ->
                    f.fout("briefnummer", "Er is geen brief met nummer " + nummer + " voor dit wijkbudget.");
                case Stemcodebrieven.AlGeblokkeerd a ->
                    f.fout(
                            "briefnummer",
                            "De code van brief " + nummer + " is al ongeldig gemaakt"
                                    + (a.regel().vervangenDoor() == null
                                            ? "."
                                            : "; brief " + a.regel().vervangenDoor() + " verving hem."));
                case Stemcodebrieven.Geblokkeerd g -> {
                    audit.record(
                            wie,
                            "stemcode van brief " + nummer + " ongeldig gemaakt, nieuwe brief "
                                    + g.nieuw().nummer()
                                    + g.gebruikt()
                                            .map(t -> " (de oude code was al gebruikt; die stem telt)")
                                            .orElse(""),
                            "wijkbudget",
                            w.id(),
                            null);
                    pdf(
                            ctx,
                            w,
                            List.of(g.nieuw()),
                            deadline,
                            "stembrief-" + g.nieuw().nummer());
                    return;
                }
            }
        }
        toon(ctx, 422, wie, w, f);
    }

    private void pdf(Context ctx, Wijkbudget w, List<Stemcodebrieven.Brief> lijst, String deadline, String naam) {
        byte[] pdf = Stembrieven.pdf(w, wijknaam.apply(w.wijk()), lijst, deadline, afzender);
        ctx.header("Content-Disposition", "attachment; filename=\"" + naam + ".pdf\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf").result(pdf);
    }

    private void toon(Context ctx, int status, Medewerker wie, Wijkbudget w, Formulier f) {
        List<StemcodeScherm.Stemmen> uitslag = store.find(w.id()).isEmpty()
                ? List.of()
                : store.uitslag(w.id()).entrySet().stream()
                        .map(e -> new StemcodeScherm.Stemmen(
                                w.voorstel(e.getKey())
                                        .map(Wijkbudget.Voorstel::titel)
                                        .orElse(e.getKey()),
                                e.getValue()))
                        .toList();
        StemcodeScherm scherm = new StemcodeScherm(
                w.id(),
                w.titel(),
                w.stemcodes(),
                f,
                brieven.aantal(w.id()),
                brieven.geblokkeerd(w.id()).stream()
                        .map(r -> new StemcodeScherm.Geblokkeerd(r.nummer(), r.geblokkeerd(), r.vervangenDoor()))
                        .toList(),
                uitslag);
        paginas.toon(ctx, status, wie, "Stemcodes: " + w.titel(), "wijkbudget/stemcodes.jte", scherm);
    }

    private Wijkbudget wijkbudget(Context ctx) {
        String id = ctx.pathParam("id");
        return huidig.apply(id).orElseThrow(() -> Problem.notFound("Er is geen wijkbudget " + id + "."));
    }

    private String prefix(Wijkbudget w) {
        String naam = wijknaam.apply(w.wijk()).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return naam.length() >= 2 ? naam.substring(0, Math.min(4, naam.length())) : "WIJK";
    }

    private static String prefixUit(Formulier f) {
        String prefix = f.waarde("prefix").toUpperCase(Locale.ROOT);
        if (!prefix.matches("[A-Z]{2,6}")) {
            f.fout("prefix", "Gebruik 2 tot 6 letters, zonder cijfers of tekens. Bijvoorbeeld: DIEZ.");
        }
        return prefix;
    }

    private static String deadline(Formulier f, String veld) {
        try {
            LocalDate dag = LocalDate.parse(f.waarde(veld));
            return dag.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")));
        } catch (DateTimeParseException e) {
            f.fout(veld, "Vul de laatste dag in waarop bewoners kunnen stemmen. Die staat op de brief.");
            return null;
        }
    }
}
