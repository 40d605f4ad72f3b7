package nl.buurtstem.opendata.wijkbudget;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.InhoudPaginas;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Werk;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.vertaling.Vertaalitem;
import nl.buurtstem.opendata.wijk.Wijknamen;

/**
 * The staff's side of wijkbudgetten: /beheer/wijkbudgetten/ (budget and proposals with their cost), the stemcode
 * letters and the desk for lost letters, and budgets on the staff home.
 */
public final class WijkbudgetBeheerFeature implements Feature {

    private final InhoudPaginas<Wijkbudget> paginas;
    private final StemcodePaginas stemcodes;
    private final UitvoeringPaginas uitvoering;
    private final Inhoud<Wijkbudget> inhoud;
    private final WijkbudgetVoorbeeld voorbeeld;
    private final WijkbudgetFeature wijkbudget;
    private final Clock clock;

    /** @param afzender who sends the stemcode letters, e.g. "Gemeente Zwolle" */
    public WijkbudgetBeheerFeature(Core core, WijkbudgetFeature wijkbudget, Wijknamen wijken, String afzender) {
        Redactie redactie = core.staff().redactie(core.json());
        this.wijkbudget = wijkbudget;
        this.clock = core.clock();
        this.inhoud = wijkbudget.beheer();
        this.paginas = new InhoudPaginas<>(
                core.staff(),
                redactie,
                inhoud,
                "wijkbudgetten",
                new InhoudPaginas.Woorden("Wijkbudgetten", "wijkbudget", "Nieuw wijkbudget", "het wijkbudget"),
                "wijkbudget/scherm.jte",
                new WijkbudgetFormulier(),
                wijken::naam,
                wijken::opties);
        this.voorbeeld =
                new WijkbudgetVoorbeeld(core.staff().paginas(), redactie, inhoud, wijkbudget.store(), core.clock());
        this.stemcodes = new StemcodePaginas(
                core.staff().paginas(),
                core.staff().audit(),
                wijkbudget.store(),
                new Stemcodebrieven(core.db(), wijkbudget.store()),
                id -> redactie.concept(inhoud, id).or(() -> inhoud.find().apply(id)),
                wijken::naam,
                afzender);
        this.uitvoering = new UitvoeringPaginas(
                core.staff().paginas(), core.staff().audit(), wijkbudget, wijkbudget.store()::find, core.clock());
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(Stemcodebrieven.SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        paginas.install(cfg);
        stemcodes.install(cfg);
        uitvoering.install(cfg);
        voorbeeld.install(cfg);
    }

    public Werk.Bron werk() {
        return paginas.werk("Wijkbudget");
    }

    /** What residents read of the published wijkbudgetten: title, explanation, and each proposal. */
    public Vertaalitem.Bron vertaalbaar() {
        return () -> {
            List<Vertaalitem> items = new ArrayList<>();
            for (Wijkbudget w : inhoud.all().get()) {
                Map<String, String> velden = new LinkedHashMap<>();
                velden.put("titel", w.titel());
                if (w.uitleg() != null && !w.uitleg().isBlank()) {
                    velden.put("uitleg", w.uitleg());
                }
                items.add(new Vertaalitem("wijkbudget/" + w.id(), "Wijkbudget", w.titel(), velden));
                for (Wijkbudget.Voorstel v : w.voorstellen()) {
                    Map<String, String> voorstel = new LinkedHashMap<>();
                    voorstel.put("titel", v.titel());
                    if (v.omschrijving() != null && !v.omschrijving().isBlank()) {
                        voorstel.put("omschrijving", v.omschrijving());
                    }
                    items.add(new Vertaalitem(
                            "wijkbudget/" + w.id() + "/" + v.id(),
                            "Voorstel (" + w.titel() + ")",
                            v.titel(),
                            voorstel));
                }
                // How far each winner is, as "Wat er gebeurde" and the open data say it.
                Map<String, Uitvoering> hoeVer = wijkbudget.uitvoering().van(w.id());
                for (Wijkbudget.Voorstel v : wijkbudget.winnaars(w, clock.instant())) {
                    Uitvoering u = hoeVer.get(v.id());
                    if (u != null && u.notitie() != null && !u.notitie().isBlank()) {
                        items.add(new Vertaalitem(
                                WijkbudgetRdf.uitvoeringItem(w.id(), v.id()),
                                "Uitvoering (" + w.titel() + ")",
                                v.titel(),
                                Map.of("notitie", u.notitie())));
                    }
                }
            }
            return items;
        };
    }
}
