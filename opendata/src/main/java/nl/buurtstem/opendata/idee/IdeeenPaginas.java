package nl.buurtstem.opendata.idee;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Inhoud<GepubliceerdIdee> openbaar;
    private final IdeeStore store;
    private final Audit audit;
    private final StaffUsers medewerkers;
    private final Function<String, String> wijknaam;
    private final Supplier<List<Optie>> doelen;
    private final Clock clock;

    IdeeenPaginas(
            StaffPaginas paginas,
            Redactie redactie,
            Inhoud<GepubliceerdIdee> openbaar,
            IdeeStore store,
            Audit audit,
            StaffUsers medewerkers,
            Function<String, String> wijknaam,
            Supplier<List<Optie>> doelen,
            Clock clock) {
        this.paginas = paginas;
        this.redactie = redactie;
        this.openbaar = openbaar;
        this.store = store;
        this.audit = audit;
        this.medewerkers = medewerkers;
        this.wijknaam = wijknaam;
        this.doelen = doelen;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(PAD + "/{kiosk}/{seq}", ctx -> scherm(ctx, null));
        cfg.routes.post(PAD + "/{kiosk}/{seq}", this::bewaar);
        cfg.routes.post(PAD + "/{kiosk}/{seq}/contact", this::contact);
        cfg.routes.post(PAD + "/{kiosk}/{seq}/publiceren", this::publiceer);
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
        List<String> bekend = doelKeuzes(idee).stream().map(Optie::waarde).toList();
        var behandeling = IdeeFormulier.lees(f, gebruikersnamen(), bekend::contains, ref -> bestaat(ref, idee));
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
        if (!IdeeWoorden.magPubliceren(wie)) {
            throw new StaffPaginas.GeenToegang("Een idee publiceren mag een ideeënmakelaar, publicist of beheerder.");
        }
        Idee idee = idee(ctx);
        Formulier f = Formulier.van(ctx);
        var openbaarIdee = IdeeFormulier.openbaar(f, idee, idee.openbaarId());
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
        if (!IdeeWoorden.magContactZien(wie)) {
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
                .map(i -> new Optie(
                        i.ref(), IdeeWoorden.WANNEER.format(i.ontvangen()) + ": " + IdeeWoorden.begin(i.tekst())))
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
                        IdeeWoorden.WANNEER.format(idee.ontvangen()),
                        idee.context() == null ? null : IdeeWoorden.contextTekst(idee.context()),
                        idee.context() == null ? null : IdeeWoorden.contextLink(idee.context()),
                        f,
                        IdeeWoorden.statussen(),
                        medewerkers.all().stream()
                                .filter(m -> m.rol() != Rol.WIJKPANEL)
                                .map(m -> new Optie(m.gebruikersnaam(), m.weergavenaam()))
                                .toList(),
                        doelKeuzes(idee),
                        dubbel,
                        IdeeWoorden.magContactZien(wie),
                        contact,
                        IdeeWoorden.magPubliceren(wie),
                        openbaar.find().apply(idee.openbaarId()).isPresent() ? "/doc/idee/" + idee.openbaarId() : null,
                        audit.latest(20, "idee", idee.ref())));
    }

    /** What the idea can become; what it became already stays a choice, also when that is no longer published. */
    private List<Optie> doelKeuzes(Idee idee) {
        List<Optie> keuzes = new ArrayList<>(doelen.get());
        if (idee.omgezetNaar() != null
                && keuzes.stream().noneMatch(o -> o.waarde().equals(idee.omgezetNaar()))) {
            keuzes.add(new Optie(idee.omgezetNaar(), idee.omgezetNaar()));
        }
        return keuzes;
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
}
