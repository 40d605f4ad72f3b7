package nl.buurtstem.opendata.initiatief;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * /beheer/menukaart: the municipality's one menukaart, its steps as a form. Each publication is a version: the audit
 * log keeps every published menukaart whole, so staff see who changed it when and can take an older version back as
 * a draft.
 */
final class MenukaartPaginas {

    private final StaffPaginas paginas;
    private final Redactie redactie;
    private final Audit audit;
    private final MenukaartStore store;
    private final Inhoud<Menukaart> inhoud;
    private final ObjectMapper json;

    /** @param gepubliceerd told the menukaart's id when staff published a version (its open data then follows) */
    MenukaartPaginas(
            StaffPaginas paginas,
            Redactie redactie,
            Audit audit,
            MenukaartStore store,
            ObjectMapper json,
            Consumer<String> gepubliceerd) {
        this.paginas = paginas;
        this.redactie = redactie;
        this.audit = audit;
        this.store = store;
        this.json = json;
        this.inhoud = new Inhoud<>(
                "menukaart",
                Menukaart.class,
                Menukaart::id,
                m -> "Menukaart",
                m -> {},
                () -> store.current().map(List::of).orElse(List.of()),
                id -> store.current().filter(m -> m.id().equals(id)),
                store::save,
                id -> false,
                gepubliceerd);
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/menukaart", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
            toon(ctx, 200, wie, huidig().map(MenukaartFormulier::van).orElseGet(Formulier::leeg));
        });
        cfg.routes.post("/beheer/menukaart", this::bewaar);
        cfg.routes.post("/beheer/menukaart/terugzetten", this::terugzetten);
        new MenukaartVoorbeeld(paginas, redactie, inhoud, this::id).install(cfg);
    }

    private void bewaar(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Formulier f = Formulier.van(ctx);
        Optional<Menukaart> menukaart = MenukaartFormulier.lees(f, id());
        if (menukaart.isEmpty()) {
            toon(ctx, 422, wie, f);
            return;
        }
        boolean publiceren = "publiceren".equals(f.waarde("actie"));
        if (publiceren && !wie.rol().mag(Rol.PUBLISHER)) {
            throw new StaffPaginas.GeenToegang("Publiceren mag alleen een publicist. Er is niets opgeslagen.");
        }
        redactie.bewaarConcept(wie, inhoud, menukaart.get());
        if (publiceren) {
            redactie.publiceer(wie, inhoud, id());
        }
        paginas.verder(
                ctx,
                "menukaart",
                publiceren
                        ? "De nieuwe versie van de menukaart staat binnen een minuut op de kiosks."
                        : "De menukaart is opgeslagen als concept. Bewoners zien de wijziging pas na publiceren.");
    }

    private void terugzetten(Context ctx) throws Exception {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        String gekozen = Formulier.van(ctx).waarde("versie");
        Audit.Regel versie = versies().stream()
                .filter(r -> Long.toString(r.id()).equals(gekozen))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("Er is geen versie " + gekozen + " van de menukaart."));
        redactie.bewaarConcept(wie, inhoud, json.readValue(versie.wat(), Menukaart.class));
        paginas.verder(
                ctx,
                "menukaart",
                "De versie van " + versie.tijd().substring(0, 10)
                        + " staat klaar als concept. Controleer haar en publiceer haar als u wilt.");
    }

    private void toon(Context ctx, int status, Medewerker wie, Formulier f) {
        List<MenukaartScherm.Versie> lijst = versies().stream()
                .map(r -> new MenukaartScherm.Versie(r.id(), r.tijd(), r.wie(), r.actie()))
                .toList();
        paginas.toon(
                ctx,
                status,
                wie,
                "Menukaart",
                "initiatief/menukaart.jte",
                new MenukaartScherm(
                        f,
                        redactie.concept(inhoud, id()).isPresent(),
                        huidig().isPresent(),
                        wie.rol().mag(Rol.PUBLISHER),
                        lijst,
                        MenukaartFormulier.STAPPEN,
                        MenukaartFormulier.FONDSEN));
    }

    private List<Audit.Regel> versies() {
        return audit.latest(50, "menukaart", id()).stream()
                .filter(r -> r.actie().equals("gepubliceerd") && r.wat() != null)
                .toList();
    }

    private Optional<Menukaart> huidig() {
        return redactie.concept(inhoud, id()).or(store::current);
    }

    private String id() {
        return store.current().map(Menukaart::id).orElse("menukaart");
    }
}
