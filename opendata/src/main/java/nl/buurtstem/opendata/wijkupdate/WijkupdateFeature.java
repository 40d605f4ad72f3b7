package nl.buurtstem.opendata.wijkupdate;

import io.javalin.config.JavalinConfig;
import java.time.YearMonth;
import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.idee.IdeePublicaties;
import nl.buurtstem.opendata.mail.Mailer;
import nl.buurtstem.opendata.peiling.PeilingFeature;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.wijk.Wijknamen;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetFeature;

/**
 * The monthly wijkupdate for the buurthuis notice board: staff download an A4 poster per wijk and month from the
 * staff home, and keep a list of addresses per wijk that get it by mail each month. It adds no public data: it
 * gathers what the other rooms publish, as they publish it; the addresses stay in the database, in no dataset.
 */
public final class WijkupdateFeature implements Feature {

    private final AfficheHandler affiche;
    private final AdressenHandler adressen;
    private final AfmeldHandler afmelden;
    private final Maandmail maandmail;
    private final Core core;

    /** @param smtp the relay the alarms also mail through; null: the list is kept, nothing is sent */
    public WijkupdateFeature(
            Core core,
            PeilingFeature peilingen,
            PlanStore plannen,
            IdeePublicaties ideeen,
            WijkbudgetFeature wijkbudgetten,
            Wijknamen wijknamen,
            String gemeentenaam,
            FleetSettings.Smtp smtp) {
        this.core = core;
        WijkupdateInhoud inhoud =
                new WijkupdateInhoud(peilingen, plannen, ideeen, wijkbudgetten, wijknamen, core.iris(), core.clock());
        this.affiche = new AfficheHandler(core.staff().paginas(), inhoud, wijknamen::opties, gemeentenaam);
        Adressenlijst lijst = new Adressenlijst(core.db());
        this.adressen = new AdressenHandler(
                core.staff().paginas(),
                core.staff().audit(),
                lijst,
                wijknamen::opties,
                wijknamen::naam,
                smtp != null,
                core.clock());
        this.afmelden = new AfmeldHandler(lijst, wijknamen::naam, core.iris().basePath());
        this.maandmail = smtp == null
                ? null
                : new Maandmail(
                        lijst,
                        inhoud,
                        new Mailer(smtp),
                        new Wijkupdatemail(gemeentenaam, core.iris().base()),
                        core.cluster(),
                        core.clock());
    }

    /** The form's starting values: this month. */
    private Formulier keuze() {
        return Formulier.leeg()
                .zet(
                        "maand",
                        YearMonth.now(core.clock().withZone(Gemeentetijd.ZONE)).toString());
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(Adressenlijst.SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        cfg.routes.get("/beheer/wijkupdate/", ctx -> affiche.kiezen(ctx, 200, keuze()));
        cfg.routes.get("/beheer/wijkupdate/affiche", affiche::affiche);
        cfg.routes.get("/beheer/" + AdressenHandler.PAD, adressen::lijst);
        cfg.routes.post("/beheer/" + AdressenHandler.PAD, adressen::voegToe);
        cfg.routes.post("/beheer/" + AdressenHandler.PAD + "/{id}/verwijderen", adressen::verwijder);
        cfg.routes.get(AfmeldHandler.PAD, afmelden::vraag);
        cfg.routes.post(AfmeldHandler.PAD, afmelden::afmelden);
    }

    @Override
    public void start() {
        if (maandmail != null) {
            maandmail.start();
        }
    }

    @Override
    public void close() {
        if (maandmail != null) {
            maandmail.close();
        }
    }
}
