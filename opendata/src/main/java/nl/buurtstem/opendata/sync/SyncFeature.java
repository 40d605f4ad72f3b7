package nl.buurtstem.opendata.sync;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.kiosk.KioskRegistry;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The kiosk-facing API, version 1 (docs/sync-protocol.md): enrolment, signed event batches stored once each in the
 * kiosk's own order and handed to the feature that owns their type, and the content feed built from every feature's
 * sections. Staff see each kiosk's sync state.
 */
public final class SyncFeature implements Feature {

    private final SyncRoutes routes;
    private final SyncStaffRoutes staffRoutes;

    /**
     * @param handlers one per event type the central node accepts, each from the feature it belongs to
     * @param sections the parts of a kiosk's content, each from the feature it belongs to
     */
    public SyncFeature(
            Core core,
            KioskRegistry registry,
            KioskAuthenticator authenticator,
            List<EventHandler> handlers,
            List<ContentSection> sections) {
        Map<String, EventHandler> byType =
                handlers.stream().collect(Collectors.toUnmodifiableMap(EventHandler::type, h -> h));
        this.routes = new SyncRoutes(core.db(), core.json(), registry, authenticator, core.clock(), byType, sections);
        this.staffRoutes =
                new SyncStaffRoutes(new SyncOverview(core.db()), core.staff().auth());
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(SyncSchema.STEPS);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
        staffRoutes.install(cfg);
    }
}
