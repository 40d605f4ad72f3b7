package nl.buurtstem.opendata.idee;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.staff.StaffUsers;

/** The ideas inbox's list at /beheer/ideeen/: the ideas that match the filter, newest first. */
final class IdeeLijstPagina {

    private final StaffPaginas paginas;
    private final IdeeStore store;
    private final StaffUsers medewerkers;
    private final Function<String, String> wijknaam;
    private final Supplier<List<Optie>> wijken;

    IdeeLijstPagina(
            StaffPaginas paginas,
            IdeeStore store,
            StaffUsers medewerkers,
            Function<String, String> wijknaam,
            Supplier<List<Optie>> wijken) {
        this.paginas = paginas;
        this.store = store;
        this.medewerkers = medewerkers;
        this.wijknaam = wijknaam;
        this.wijken = wijken;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/ideeen/", this::lijst);
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
                IdeeWoorden.leegIsNull(filter.waarde("wijk")),
                IdeeWoorden.leegIsNull(filter.waarde("thema")),
                IdeeWoorden.leegIsNull(filter.waarde("context")),
                status));
        TreeSet<String> contexten = new TreeSet<>();
        store.zoek(IdeeStore.Filter.ALLES).stream()
                .map(Idee::context)
                .filter(c -> c != null)
                .forEach(contexten::add);
        List<IdeeLijst.Rij> rijen = ideeen.stream()
                .map(i -> new IdeeLijst.Rij(
                        "/beheer/ideeen/" + i.ref(),
                        IdeeWoorden.WANNEER.format(i.ontvangen()),
                        i.wijk() == null ? "" : wijknaam.apply(i.wijk()),
                        IdeeThema.woord(i.thema()),
                        IdeeWoorden.begin(i.tekst()),
                        i.context() == null ? "" : IdeeWoorden.contextTekst(i.context()),
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
                                .map(c -> new Optie(c, IdeeWoorden.contextTekst(c)))
                                .toList(),
                        IdeeWoorden.statussen()));
    }

    private String naam(String gebruikersnaam) {
        return medewerkers.find(gebruikersnaam).map(Medewerker::weergavenaam).orElse(gebruikersnaam);
    }
}
