package nl.buurtstem.opendata.hartslag;

import io.javalin.config.JavalinConfig;
import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.actie.ActieFeature;
import nl.buurtstem.opendata.kiosk.KioskFeature;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.KioskAuth;

/**
 * Heartbeats: every kiosk reports its health every minute (signed, like the sync API) and gets waiting remote
 * actions back; from them follow each kiosk's status (online, late, offline, closed ...) and its trends.
 */
public final class HartslagFeature implements Feature {

    private final HartslagStore store;
    private final FleetOverview overview;
    private final HartslagOntvangst ontvangst;
    private final HartslagRoutes routes;
    private final Trends trends;

    public HartslagFeature(Core core, KioskFeature kiosk, ActieFeature actie, KioskAuth auth, FleetSettings settings) {
        this.store = new HartslagStore(core.db(), core.json());
        this.overview = new FleetOverview(kiosk.registry(), store, new StatusRules(settings), core.clock());
        this.ontvangst = new HartslagOntvangst(store, actie.acties(), kiosk.gebeurtenissen(), settings, core.clock());
        this.routes = new HartslagRoutes(
                core.json(),
                auth,
                ontvangst,
                actie.acties(),
                actie.screenshots(),
                kiosk.gebeurtenissen(),
                settings,
                core.clock());
        this.trends = new Trends(store, settings, core.clock());
    }

    public HartslagStore store() {
        return store;
    }

    public FleetOverview overview() {
        return overview;
    }

    public HartslagOntvangst ontvangst() {
        return ontvangst;
    }

    public Trends trends() {
        return trends;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(HartslagStore.SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
    }
}
