package nl.buurtstem.opendata.idee;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.staff.StaffUsers;
import nl.buurtstem.opendata.web.Problem;

/**
 * The ideas inbox under /beheer/ideeen/: the list with its filter, one idea with the form to deal with it, and its
 * contact details behind a deliberate step that is audited.
 */
final class IdeeenPaginas {

    private static final String PAD = "/beheer/ideeen";
    private static final ZoneId GEMEENTE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm", Locale.forLanguageTag("nl"))
            .withZone(GEMEENTE);

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<GepubliceerdIdee> openbaar;
    private final IdeeStore store;
    private final Audit audit;
    private final StaffUsers medewerkers;
    private final Function<String, String> wijknaam;
    private final Supplier<List<Optie>> wijken;
    private final Clock clock;

    IdeeenPaginas(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<GepubliceerdIdee> openbaar,
            IdeeStore store,
            Audit audit,
            StaffUsers medewerkers,
            Function<String, String> wijknaam,
            Supplier<List<Optie>> wijken,
            Clock clock) {
        this.paginas = paginas;
        this.redactie = redactie;
        this.openbaar = openbaar;
        this.store = store;
        this.audit = audit;
        this.medewerkers = medewerkers;
        this.wijknaam = wijknaam;
        this.wijken = wijken;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(PAD + "/", this::lijst);
        cfg.routes.get(PAD + "/{kiosk}/{seq}", ctx -> scherm(ctx, null));
        cfg.routes.post(PAD + "/{kiosk}/{seq}", this::bewaar);
        cfg.routes.post(PAD + "/{kiosk}/{seq}/contact", this::contact);
        cfg.routes.post(PAD + "/{kiosk}/{seq}/publiceren", this::publiceer);
    }

    private void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Formulier filter = Formulier.leeg();
        ctx.queryParamMap().forEach((naam, waarden) -> filter.zet(naam, waarden));
        IdeeStatus status = null;
        if (!filter.waarde("status").isEmpty()) {
            try {
                status = IdeeStatus.vanCode(filter.waarde("status"));
            } catch (IllegalArgumentException e) {
                filter.fout("status", "Kies een status uit de lijst.");
            }
        }
        List<Idee> ideeen = store.zoek(new IdeeStore.Filter(
                leegIsNull(filter.waarde("wijk")),
                leegIsNull(filter.waarde("thema")),
                leegIsNull(filter.waarde("context")),
                status));
        TreeSet<String> contexten = new TreeSet<>();
        store.zoek(IdeeStore.Filter.ALLES).stream()
                .map(Idee::context)
                .filter(c -> c != null)
                .forEach(contexten::add);
        List<IdeeLijst.Rij> rijen = ideeen.stream()
                .map(i -> new IdeeLijst.Rij(
                        PAD + "/" + i.ref(),
                        WANNEER.format(i.ontvangen()),
                        i.wijk() == null ? "" : wijknaam.apply(i.wijk()),
                        IdeeThema.woord(i.thema()),
                        begin(i.tekst()),
                        i.context() == null ? "" : contextTekst(i.context()),
                        i.status(),
                        i.behandelaar() == null ? "" : naam(i.behandelaar())))
                .toList();
        paginas.toon(
                ctx,
                wie,
                "Ideeën van bewoners",
                "idee/lijst.jte",
                new IdeeLijst(
                        rijen,
                        filter,
                        wijken.get(),
                        IdeeThema.keuzes(),
                        contexten.stream()
                                .map(c -> new Optie(c, contextTekst(c)))
                                .toList(),
                        statussen()));
    }

    private void scherm(Context ctx, String contact) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Idee idee = idee(ctx);
        toon(ctx, 200, wie, idee, IdeeFormulier.van(idee), contact);
    }

    private void bewaar(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Idee idee = idee(ctx);
        Formulier f = Formulier.van(ctx);
        var behandeling = IdeeFormulier.lees(f, gebruikersnamen(), ref -> bestaat(ref, idee));
        if (behandeling.isEmpty()) {
            toon(ctx, 422, wie, idee, f, null);
            return;
        }
        store.behandel(idee, behandeling.get(), clock.instant());
        audit.record(
                wie,
                "status: " + behandeling.get().status().woord().toLowerCase(Locale.ROOT),
                "idee",
                idee.ref(),
                behandeling.get().status().code());
        paginas.verder(
                ctx,
                "ideeen/" + idee.ref(),
                "Opgeslagen: het idee staat nu op "
                        + behandeling.get().status().woord().toLowerCase(Locale.ROOT) + ".");
    }

    /**
     * Publishes the idea in the open data: a text staff cleaned (never the resident's own words), with its status, the
     * answer, what it reacted to and what it became. The ideeënmakelaar may do this for ideas, as a publicist may.
     */
    private void publiceer(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        if (!magPubliceren(wie)) {
            throw new StaffPaginas.GeenToegang("Een idee publiceren mag een ideeënmakelaar, publicist of beheerder.");
        }
        Idee idee = idee(ctx);
        Formulier f = Formulier.van(ctx);
        var openbaarIdee = IdeeFormulier.openbaar(f, idee, openbaarId(idee));
        if (openbaarIdee.isEmpty()) {
            Formulier scherm = IdeeFormulier.van(idee);
            scherm.zet("openbareTekst", f.waarde("openbareTekst"));
            f.fouten().forEach(scherm::fout);
            toon(ctx, 422, wie, idee, scherm, null);
            return;
        }
        redactie.bewaarConcept(wie, openbaar, openbaarIdee.get());
        redactie.publiceer(wie, openbaar, openbaarIdee.get().id());
        paginas.verder(
                ctx, "ideeen/" + idee.ref(), "Het idee staat nu in de open data, met het antwoord en wat ervan werd.");
    }

    /** Shows the contact details once, after noting who looked and when. */
    private void contact(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        if (!magContactZien(wie)) {
            throw new StaffPaginas.GeenToegang(
                    "Contactgegevens van bewoners ziet alleen een ideeënmakelaar, publicist of beheerder.");
        }
        Idee idee = idee(ctx);
        String contact = store.contact(idee.kioskId(), idee.seq()).orElse(null);
        audit.record(
                wie,
                "contactgegevens bekeken",
                "idee",
                idee.ref(),
                contact == null ? "er waren geen contactgegevens meer" : null);
        scherm(ctx, contact == null ? "" : contact);
    }

    private void toon(Context ctx, int status, Medewerker wie, Idee idee, Formulier f, String contact) {
        List<Optie> dubbel = store.zoek(new IdeeStore.Filter(idee.wijk(), null, null, null)).stream()
                .filter(i -> !i.ref().equals(idee.ref()))
                .map(i -> new Optie(i.ref(), WANNEER.format(i.ontvangen()) + ": " + begin(i.tekst())))
                .toList();
        paginas.toon(
                ctx,
                status,
                wie,
                "Idee uit " + (idee.wijk() == null ? "een onbekende wijk" : wijknaam.apply(idee.wijk())),
                "idee/scherm.jte",
                new IdeeScherm(
                        idee,
                        idee.wijk() == null ? "onbekend" : wijknaam.apply(idee.wijk()),
                        IdeeThema.woord(idee.thema()),
                        WANNEER.format(idee.ontvangen()),
                        idee.context() == null ? null : contextTekst(idee.context()),
                        idee.context() == null ? null : contextLink(idee.context()),
                        f,
                        statussen(),
                        medewerkers.all().stream()
                                .filter(m -> m.rol() != Rol.WIJKPANEL)
                                .map(m -> new Optie(m.gebruikersnaam(), m.weergavenaam()))
                                .toList(),
                        dubbel,
                        magContactZien(wie),
                        contact,
                        magPubliceren(wie),
                        openbaar.find().apply(openbaarId(idee)).isPresent() ? "/doc/idee/" + openbaarId(idee) : null,
                        audit.latest(20, "idee", idee.ref())));
    }

    private Idee idee(Context ctx) {
        String kiosk = ctx.pathParam("kiosk");
        String seq = ctx.pathParam("seq");
        if (!seq.matches("\\d{1,18}")) {
            throw Problem.notFound("Er is geen idee " + kiosk + "/" + seq + ".");
        }
        return store.find(kiosk, Long.parseLong(seq))
                .orElseThrow(() -> Problem.notFound("Er is geen idee " + kiosk + "/" + seq + "."));
    }

    private boolean bestaat(String ref, Idee zelf) {
        int slash = ref.lastIndexOf('/');
        return slash > 0
                && !ref.equals(zelf.ref())
                && ref.substring(slash + 1).matches("\\d{1,18}")
                && store.find(ref.substring(0, slash), Long.parseLong(ref.substring(slash + 1)))
                        .isPresent();
    }

    private List<String> gebruikersnamen() {
        List<String> namen = new ArrayList<>();
        medewerkers.all().forEach(m -> namen.add(m.gebruikersnaam()));
        return namen;
    }

    private String naam(String gebruikersnaam) {
        return medewerkers.find(gebruikersnaam).map(Medewerker::weergavenaam).orElse(gebruikersnaam);
    }

    private static boolean magPubliceren(Medewerker wie) {
        return wie.rol() == Rol.IDEEENMAKELAAR || wie.rol().mag(Rol.PUBLISHER);
    }

    /** Its reference in the open data: from the kiosk and number, never the text. */
    static String openbaarId(Idee idee) {
        return ("idee-" + idee.kioskId() + "-" + idee.seq())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
    }

    private static boolean magContactZien(Medewerker wie) {
        return wie.rol() == Rol.IDEEENMAKELAAR || wie.rol().mag(Rol.PUBLISHER);
    }

    private static List<Optie> statussen() {
        return List.of(IdeeStatus.values()).stream()
                .map(s -> new Optie(s.code(), s.woord()))
                .toList();
    }

    static String contextTekst(String context) {
        int slash = context.indexOf('/');
        String soort = context.substring(0, slash);
        return ("peiling".equals(soort) ? "Peiling " : "Plan ") + context.substring(slash + 1);
    }

    private static String contextLink(String context) {
        return context.startsWith("peiling/") ? "/beheer/peilingen/" + context.substring(8) : "/doc/" + context;
    }

    private static String begin(String tekst) {
        return tekst.length() <= 90 ? tekst : tekst.substring(0, 87).strip() + "…";
    }

    private static String leegIsNull(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }
}
