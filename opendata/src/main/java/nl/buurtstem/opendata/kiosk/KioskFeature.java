package nl.buurtstem.opendata.kiosk;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * The kiosks the municipality registered: their identity, buurthuis, wijk and opening hours, enrolment with a
 * one-time token, their boot card, what happened to each, and their public description (the provenance of every
 * poll answer, in the dataset "peilingresultaten").
 */
public final class KioskFeature implements Feature {

    private final KioskRegistry registry;
    private final Gebeurtenissen gebeurtenissen;
    private final KioskRechten rechten;
    private final KioskRoutes routes;
    private final OpstartkaartRoutes opstartkaarten;
    private final KioskPublication publication;
    private final Core core;

    /**
     * @param releaseKey the published release key, which every boot card carries
     * @param centralUrl this node's public address, which every boot card carries
     */
    public KioskFeature(Core core, WijkStore wijken, Supplier<Optional<String>> releaseKey, String centralUrl) {
        this.core = core;
        this.registry = new KioskRegistry(core.db());
        this.gebeurtenissen = new Gebeurtenissen(core.db());
        this.rechten = new KioskRechten(core.staff().auth());
        Aanmelding aanmelding = new Aanmelding(registry, wijken);
        this.routes = new KioskRoutes(
                core.json(), registry, aanmelding, rechten, core.staff().audit());
        this.opstartkaarten = new OpstartkaartRoutes(
                core.json(),
                rechten,
                aanmelding,
                releaseKey,
                centralUrl,
                core.staff().audit(),
                gebeurtenissen,
                core.clock());
        this.publication = new KioskPublication(
                core.iris(),
                () -> registry.all().stream()
                        .map(k -> new KioskPublication.PublicKiosk(k.id(), k.buurthuis(), k.wijk(), k.isRevoked()))
                        .toList(),
                core.publisher());
    }

    public KioskRegistry registry() {
        return registry;
    }

    public Gebeurtenissen gebeurtenissen() {
        return gebeurtenissen;
    }

    public KioskRechten rechten() {
        return rechten;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(KioskRegistry.SCHEMA);
    }

    @Override
    public List<ContentSection> kioskContent() {
        return List.of(new ContentSection(
                "kiosk",
                kiosk -> new KioskInfo(
                        kiosk.id(), kiosk.naam(), kiosk.buurthuis(), kiosk.wijk(), kiosk.openingstijden())));
    }

    @Override
    public List<DatasetSpec.Bijdrage> bijdragen() {
        return List.of(new DatasetSpec.Bijdrage("peilingresultaten", "kiosk/"));
    }

    @Override
    public void open() {
        publication.publishNow();
        core.publisher().onPublished(publication::pollGraphChanged);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
        opstartkaarten.install(cfg);
    }
}
