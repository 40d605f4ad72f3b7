package nl.buurtstem.opendata.wijkupdate;

import io.javalin.config.JavalinConfig;
import java.time.YearMonth;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.idee.IdeePublicaties;
import nl.buurtstem.opendata.peiling.PeilingFeature;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.wijk.Wijknamen;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetFeature;

/**
 * The monthly wijkupdate for the buurthuis notice board: staff download an A4 poster per wijk and month from the
 * staff home. It adds no data: it gathers what the other rooms publish, as they publish it.
 */
public final class WijkupdateFeature implements Feature {

    private final AfficheHandler affiche;
    private final Core core;

    public WijkupdateFeature(
            Core core,
            PeilingFeature peilingen,
            PlanStore plannen,
            IdeePublicaties ideeen,
            WijkbudgetFeature wijkbudgetten,
            Wijknamen wijknamen,
            String gemeentenaam) {
        this.core = core;
        WijkupdateInhoud inhoud =
                new WijkupdateInhoud(peilingen, plannen, ideeen, wijkbudgetten, wijknamen, core.iris(), core.clock());
        this.affiche = new AfficheHandler(core.staff().paginas(), inhoud, wijknamen::opties, gemeentenaam);
    }

    /** The form's starting values: this month. */
    private Formulier keuze() {
        return Formulier.leeg()
                .zet(
                        "maand",
                        YearMonth.now(core.clock().withZone(WijkupdateInhoud.GEMEENTE))
                                .toString());
    }

    @Override
    public void routes(JavalinConfig cfg) {
        cfg.routes.get("/beheer/wijkupdate/", ctx -> affiche.kiezen(ctx, 200, keuze()));
        cfg.routes.get("/beheer/wijkupdate/affiche", affiche::affiche);
    }
}
