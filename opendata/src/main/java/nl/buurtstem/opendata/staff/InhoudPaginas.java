package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.web.Problem;

/**
 * The staff pages of one kind of content under /beheer/{pad}/: the list, the form (new and existing), publish, and
 * withdraw with a reason. The kind brings only its form ({@link Formulieren}) and its template; drafts, publishing and
 * the audit log are the {@link Redactie}'s.
 */
public final class InhoudPaginas<T> {

    /** How one kind of content is a form. */
    public interface Formulieren<T> {
        /** The form filled in with the item. */
        Formulier formulier(T item);

        /**
         * The item the form describes, or empty with errors noted next to the fields. May store uploads first (and
         * note their addresses in the form), so an error elsewhere loses none.
         */
        Optional<T> lees(Context ctx, Formulier f, String id, Optional<T> bestaand) throws Exception;

        String titel(T item);

        /** The item's wijk (CBS code), or null for every wijk. */
        String wijk(T item);

        /** The form a new item starts from. */
        default Formulier nieuw() {
            return Formulier.leeg();
        }

        /** The kind's own list to choose from in its form, if it has one. */
        default List<Optie> keuzes() {
            return List.of();
        }
    }

    /** What this kind is called, in the page texts. */
    public record Woorden(String meervoud, String enkelvoud, String nieuw, String het) {}

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<T> inhoud;
    private final Audit audit;
    private final String pad;
    private final Woorden woorden;
    private final String template;
    private final Formulieren<T> formulieren;
    private final Function<String, String> wijknaam;
    private final Supplier<List<Optie>> wijken;

    public InhoudPaginas(
            Staff staff,
            Redactie redactie,
            Inhoud<T> inhoud,
            String pad,
            Woorden woorden,
            String template,
            Formulieren<T> formulieren,
            Function<String, String> wijknaam,
            Supplier<List<Optie>> wijken) {
        this.paginas = staff.paginas();
        this.audit = staff.audit();
        this.redactie = redactie;
        this.inhoud = inhoud;
        this.pad = pad;
        this.woorden = woorden;
        this.template = template;
        this.formulieren = formulieren;
        this.wijknaam = wijknaam;
        this.wijken = wijken;
    }

    public void install(JavalinConfig cfg) {
        String p = "/beheer/" + pad;
        cfg.routes.get(p + "/", this::lijst);
        cfg.routes.get(
                p + "/nieuw", ctx -> toon(ctx, 200, paginas.vereist(ctx, Rol.EDITOR), null, formulieren.nieuw()));
        cfg.routes.post(p + "/nieuw", ctx -> bewaar(ctx, null));
        cfg.routes.get(p + "/{id}", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
            T item = bestaand(ctx);
            toon(ctx, 200, wie, inhoud.id().apply(item), formulieren.formulier(item));
        });
        cfg.routes.post(p + "/{id}", ctx -> bewaar(ctx, bestaand(ctx)));
        cfg.routes.post(p + "/{id}/publiceren", this::publiceer);
        cfg.routes.post(p + "/{id}/intrekken", this::trekIn);
    }

    /** The kind's lines on the staff home: published ones are on the kiosks, drafts wait. */
    public Werk.Bron werk(String soortWoord) {
        return () -> {
            List<Werk> werk = new ArrayList<>();
            for (T item : inhoud.all().get()) {
                werk.add(regel(item, Werk.Groep.LIVE, null, soortWoord));
            }
            redactie.concepten(inhoud)
                    .values()
                    .forEach(item -> werk.add(regel(item, Werk.Groep.CONCEPT, "wacht op publiceren", soortWoord)));
            return werk;
        };
    }

    private Werk regel(T item, Werk.Groep groep, String toelichting, String soortWoord) {
        String wijk = formulieren.wijk(item);
        return new Werk(
                wijk == null ? Thuis.ALLE : wijknaam.apply(wijk),
                groep,
                soortWoord,
                formulieren.titel(item),
                toelichting,
                pad + "/" + inhoud.id().apply(item));
    }

    private void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        TreeSet<String> ids = new TreeSet<>();
        inhoud.all().get().forEach(item -> ids.add(inhoud.id().apply(item)));
        ids.addAll(redactie.concepten(inhoud).keySet());
        ids.addAll(redactie.alleIngetrokken(inhoud).keySet());
        List<InhoudLijst.Rij> rijen = ids.stream()
                .map(id -> {
                    T item = huidig(id).orElseThrow();
                    String wijk = formulieren.wijk(item);
                    return new InhoudLijst.Rij(
                            id,
                            formulieren.titel(item),
                            wijk == null ? Thuis.ALLE : wijknaam.apply(wijk),
                            status(id),
                            redactie.concept(inhoud, id).isPresent());
                })
                .toList();
        paginas.toon(
                ctx,
                wie,
                woorden.meervoud(),
                "staff/lijst.jte",
                new InhoudLijst(woorden.meervoud(), woorden.nieuw(), pad, rijen));
    }

    private void bewaar(Context ctx, T bestaand) throws Exception {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Formulier f = Formulier.van(ctx);
        String id = bestaand != null
                ? inhoud.id().apply(bestaand)
                : nieuweId(f.waarde("titel").isEmpty() ? f.waarde("naam") : f.waarde("titel"));
        Optional<T> item = formulieren.lees(ctx, f, id, Optional.ofNullable(bestaand));
        if (item.isEmpty()) {
            toon(ctx, 422, wie, bestaand == null ? null : id, f);
            return;
        }
        boolean publiceren = "publiceren".equals(f.waarde("actie"));
        if (publiceren && !wie.rol().mag(Rol.PUBLISHER)) {
            throw new StaffPaginas.GeenToegang("Publiceren mag alleen een publicist. Er is niets opgeslagen.");
        }
        redactie.bewaarConcept(wie, inhoud, item.get());
        if (publiceren) {
            redactie.publiceer(wie, inhoud, id);
        }
        paginas.verder(
                ctx,
                pad + "/" + id,
                publiceren
                        ? cap(woorden.het()) + " is gepubliceerd en staat binnen een minuut op de kiosks."
                        : cap(woorden.het()) + " is opgeslagen als concept. Bewoners zien het pas na publiceren.");
    }

    private void publiceer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        String id = inhoud.id().apply(bestaand(ctx));
        try {
            redactie.publiceer(wie, inhoud, id);
            paginas.verder(ctx, pad + "/" + id, cap(woorden.het()) + " is gepubliceerd.");
        } catch (Redactie.Geweigerd e) {
            paginas.verder(ctx, pad + "/" + id, e.getMessage());
        }
    }

    private void trekIn(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        String id = ctx.pathParam("id");
        T item = inhoud.find().apply(id).orElseThrow(() -> Problem.notFound("Dit is niet gepubliceerd: " + id));
        String reden = Formulier.van(ctx).waarde("reden");
        if (reden.length() < 5) {
            Formulier f = formulieren.formulier(item);
            f.zet("reden", reden);
            f.fout("reden", "Schrijf op waarom u dit intrekt, bijvoorbeeld: verkeerde wijk gekozen.");
            toon(ctx, 422, wie, id, f);
            return;
        }
        redactie.trekIn(wie, inhoud, id, reden);
        paginas.verder(ctx, pad + "/" + id, cap(woorden.het()) + " is ingetrokken. De kiosks tonen het niet meer.");
    }

    private void toon(Context ctx, int status, Medewerker wie, String id, Formulier f) {
        InhoudScherm scherm = new InhoudScherm(
                pad,
                inhoud.soort(),
                id,
                f,
                wijken.get(),
                formulieren.keuzes(),
                id == null ? null : status(id),
                id != null && redactie.concept(inhoud, id).isPresent(),
                wie.rol().mag(Rol.PUBLISHER),
                id == null ? List.of() : audit.latest(20, inhoud.soort(), id));
        String titel = id == null ? woorden.nieuw() : cap(woorden.enkelvoud()) + ": " + f.waarde("titel");
        paginas.toon(ctx, status, wie, titel, template, scherm);
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

    private Optional<T> huidig(String id) {
        return redactie.concept(inhoud, id)
                .or(() -> inhoud.find().apply(id))
                .or(() -> redactie.ingetrokken(inhoud, id));
    }

    private T bestaand(Context ctx) {
        String id = ctx.pathParam("id");
        return huidig(id).orElseThrow(() -> Problem.notFound("Er is geen " + woorden.enkelvoud() + " " + id + "."));
    }

    private String nieuweId(String titel) {
        String basis = Refs.slug(titel, inhoud.soort());
        String id = basis;
        for (int n = 2; huidig(id).isPresent(); n++) {
            id = basis + "-" + n;
        }
        return id;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
