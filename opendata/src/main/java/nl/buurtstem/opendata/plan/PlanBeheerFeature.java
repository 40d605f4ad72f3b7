package nl.buurtstem.opendata.plan;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.staff.Redactie;
import nl.buurtstem.opendata.staff.Werk;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.vertaling.Vertaalitem;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijk.WijkkaartStore;

/** The staff's side of plans: the pages under /beheer/plannen/, the uploaded documents, and plans on the staff home. */
public final class PlanBeheerFeature implements Feature {

    private final PlanPaginas paginas;
    private final PlanBestanden bestanden;
    private final Redactie redactie;
    private final Inhoud<Plan> inhoud;
    private final WijkStore wijken;
    private final PlanVoorbeeld voorbeeld;
    private final PlanFeature plan;

    public PlanBeheerFeature(Core core, PlanFeature plan, WijkStore wijken, WijkkaartStore kaart) {
        this.plan = plan;
        this.bestanden = new PlanBestanden(core.db());
        this.redactie = core.staff().redactie(core.json());
        this.inhoud = plan.beheer();
        this.wijken = wijken;
        this.paginas = new PlanPaginas(
                core.staff().paginas(),
                redactie,
                inhoud,
                core.staff().audit(),
                wijken,
                bestanden,
                core.iris(),
                new PlanKaart(kaart, core.staff().paginas()));
        this.voorbeeld = new PlanVoorbeeld(core.staff().paginas(), redactie, inhoud, plan.plannen(), wijken, kaart);
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(PlanBestanden.SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        bestanden.install(cfg);
        paginas.install(cfg);
        voorbeeld.install(cfg);
    }

    /** Plans on the staff home: published ones are on the kiosks of their wijk; drafts wait. */
    public Werk.Bron werk() {
        return () -> {
            List<Werk> werk = new ArrayList<>();
            for (Plan p : inhoud.all().get()) {
                werk.add(new Werk(naam(p.wijk()), Werk.Groep.LIVE, "Plan", p.titel(), null, "plannen/" + p.id()));
            }
            redactie.concepten(inhoud)
                    .values()
                    .forEach(p -> werk.add(new Werk(
                            naam(p.wijk()),
                            Werk.Groep.CONCEPT,
                            "Plan",
                            p.titel(),
                            "wacht op publiceren",
                            "plannen/" + p.id())));
            return werk;
        };
    }

    private String naam(String wijk) {
        return wijk == null ? "Alle wijken" : wijken.find(wijk).map(Wijk::naam).orElse(wijk);
    }

    /** What residents read of the published plans: title and summary. */
    public Vertaalitem.Bron vertaalbaar() {
        return new Vertaalitem.Bron() {
            @Override
            public List<Vertaalitem> get() {
                return inhoud.all().get().stream()
                        .map(p -> {
                            Map<String, String> velden = new LinkedHashMap<>();
                            velden.put("titel", p.titel());
                            if (p.samenvatting() != null) {
                                velden.put("samenvatting", p.samenvatting());
                            }
                            return new Vertaalitem("plan/" + p.id(), "Plan", p.titel(), velden);
                        })
                        .toList();
            }

            @Override
            public void vertaald(String item) {
                plan.vertaald(item);
            }
        };
    }
}
