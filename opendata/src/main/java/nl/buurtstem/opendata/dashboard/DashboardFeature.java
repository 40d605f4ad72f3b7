package nl.buurtstem.opendata.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.actie.ActieFeature;
import nl.buurtstem.opendata.alarm.AlarmFeature;
import nl.buurtstem.opendata.hartslag.HartslagFeature;
import nl.buurtstem.opendata.kiosk.KioskFeature;
import nl.buurtstem.opendata.staff.Kioskstand;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.BearerToken;
import nl.buurtstem.opendata.wijk.WijkFeature;
import nl.buurtstem.opendata.wijk.Wijknamen;

/**
 * The kiosks' dashboard for staff at {@value #PATH}: every kiosk's status on a list and the wijk map, one kiosk's
 * page with its history, trends and screenshot, remote actions, the alarm log; and /metrics for Prometheus.
 */
public final class DashboardFeature implements Feature {

    public static final String PATH = "/beheer/kiosks";

    /** 0.1 kept who did what to a kiosk in a table of its own; these steps fold it into the one audit log. */
    static final Migrations.Steps SCHEMA = new Migrations.Steps(
                    "dashboard",
                    List.of(
                            "CREATE TABLE fleet_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                                    + "wie TEXT NOT NULL, rol TEXT NOT NULL, kiosk_id TEXT, wat TEXT NOT NULL)",
                            "INSERT INTO audit(tijd, wie, rol, actie, soort, ref) "
                                    + "SELECT at, wie, rol, wat, 'kiosk', kiosk_id FROM fleet_audit ORDER BY id",
                            "DROP TABLE fleet_audit"))
            .formerly("fleet-monitor#7");

    private final DashboardRoutes routes;
    private final MetricsRoute metrics;
    private final StaffPaginas paginas;
    private final KioskstandVoorThuis kioskstand;

    /** @param metricsToken what Prometheus sends to scrape /metrics */
    public DashboardFeature(
            Core core,
            WijkFeature wijk,
            KioskFeature kiosk,
            HartslagFeature hartslag,
            AlarmFeature alarm,
            ActieFeature actie,
            BearerToken metricsToken) {
        this.routes = new DashboardRoutes(
                core.json(),
                kiosk.rechten(),
                hartslag.overview(),
                wijk.wijken(),
                wijk.kaart(),
                alarm.alarmen(),
                actie.acties(),
                actie.screenshots(),
                kiosk.gebeurtenissen(),
                core.staff().audit(),
                hartslag.trends(),
                core.clock());
        this.paginas = core.staff().paginas();
        this.kioskstand = new KioskstandVoorThuis(
                hartslag.overview(), alarm.alarmen()::open, new Wijknamen(wijk.wijken())::naam, core.clock());
        this.metrics = new MetricsRoute(
                hartslag.overview(),
                alarm.alarmen(),
                hartslag.ontvangst(),
                ctx -> metricsToken.carriedBy(ctx)
                        || core.staff().auth().current(ctx).isPresent());
    }

    /** How the kiosks are, for the staff home. */
    public Supplier<Kioskstand> kioskstand() {
        return kioskstand;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        // The page is one of the staff pages (their layout, menu and login); its script fills it from the API.
        cfg.routes.get(
                PATH + "/",
                ctx -> paginas.toon(ctx, paginas.vereist(ctx, Rol.WIJKPANEL), "Kiosks", "dashboard/kiosks.jte", null));
        cfg.staticFiles.add(files -> {
            files.hostedPath = PATH;
            files.directory = "/fleet-ui";
            files.location = Location.CLASSPATH;
        });
        routes.install(cfg);
        metrics.install(cfg);
    }
}
