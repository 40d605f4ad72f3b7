package nl.buurtstem.opendata.begroting;

import io.javalin.config.JavalinConfig;
import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The municipality's budget and its realisation per Iv3 taakveld, imported by staff from CSV and published as a
 * W3C Data Cube, and the grants (subsidies) given to initiatives: together the dataset "begroting".
 */
public final class BegrotingFeature implements Feature {

    private final BegrotingStore store;
    private final BegrotingPublication publication;
    private final BegrotingImport imports;
    private final BegrotingRoutes routes;
    private final SubsidieStore subsidies;
    private final ItemPublication<Subsidie> subsidiePublication;
    private final InitiatiefStore initiatieven;

    /** @param gemeente the municipality as TOOI names it, funder of every grant */
    public BegrotingFeature(Core core, InitiatiefStore initiatieven, String gemeente) {
        Taakvelden taakvelden = new Taakvelden(core.iris());
        this.store = new BegrotingStore(core.db());
        this.publication = new BegrotingPublication(
                store, new BegrotingCube(core.iris(), taakvelden), taakvelden, core.publisher());
        this.imports = new BegrotingImport(store, taakvelden, publication::changed);
        this.routes = new BegrotingRoutes(
                store, imports, core.staff().auth(), core.staff().audit());
        this.subsidies = new SubsidieStore(core.db(), core.json());
        this.subsidiePublication = core.publication(
                "subsidie",
                Subsidie.class,
                subsidies::all,
                subsidies::find,
                Subsidie::id,
                new SubsidieRdf(core.iris(), gemeente)::graph);
        this.initiatieven = initiatieven;
    }

    public BegrotingStore store() {
        return store;
    }

    public SubsidieStore subsidies() {
        return subsidies;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(BegrotingStore.SCHEMA, SubsidieStore.SCHEMA);
    }

    @Override
    public List<Inhoud<?>> inhoud() {
        return List.of(
                SubsidieRdf.inhoud(subsidies, ref -> initiatieven.find(ref).isPresent(), subsidiePublication::changed));
    }

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec(
                        "begroting",
                        "Begroting en wijkbudgetten",
                        "Begroting en realisatie per Iv3-taakveld per jaar als W3C Data Cube, wijkbudgetten en subsidies.",
                        List.of("begroting", "Iv3", "taakveld", "wijkbudget"),
                        List.of("begroting/", "taakveld/", "subsidie/"),
                        true)
                .metTabel(BegrotingTabel.tabel()));
    }

    @Override
    public void open() {
        publication.publishAll();
        subsidiePublication.publishAll();
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
    }

    @Override
    public void close() {
        imports.close();
    }
}
