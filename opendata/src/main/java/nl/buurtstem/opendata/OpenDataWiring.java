package nl.buurtstem.opendata;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.buurtstem.opendata.catalogus.Catalogus;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.lod.DatasetSpec;
import java.util.Map;
import nl.buurtstem.opendata.initiatief.Initiatief;
import nl.buurtstem.opendata.initiatief.InitiatiefRdf;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.lod.Dereferencing;
import nl.buurtstem.opendata.lod.DumpRoutes;
import nl.buurtstem.opendata.lod.Dumps;
import nl.buurtstem.opendata.lod.Descriptions;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.QueryPage;
import nl.buurtstem.opendata.lod.SparqlEndpoint;
import nl.buurtstem.opendata.peiling.PeilingPages;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanRdf;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.staff.Lifecycle;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkRdf;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * The open-data side of the central node, wired in one place: what is published (one publication per
 * feature), how it is dereferenced, and the SPARQL endpoint. CentralNode creates it and installs it.
 */
final class OpenDataWiring {

    private final Iris iris;
    private final LinkedData linkedData;
    private final SparqlEndpoint.Limits limits;
    private final Lifecycle lifecycle;
    private final List<ItemPublication<?>> publications;
    private final PeilingPages peilingPages;
    private final Publisher publisher;
    private final Clock clock;
    private final Catalogus catalogus;
    private final Dumps dumps;

    OpenDataWiring(Path dataDir, Database db, Iris iris, LinkedData linkedData, Publisher publisher, SparqlEndpoint.Limits limits,
                   CatalogusSettings catalogusSettings, Clock clock,
                   WijkStore wijken, PlanStore plannen, InitiatiefStore initiatieven, PeilingPages peilingPages) {
        this.iris = iris;
        this.linkedData = linkedData;
        this.limits = limits;
        this.peilingPages = peilingPages;
        this.publisher = publisher;
        this.clock = clock;
        this.catalogus = new Catalogus(iris, catalogusSettings, datasets());
        this.dumps = new Dumps(dataDir.resolve("dumps"), linkedData.dataset(), iris, datasets());
        publisher.onPublished(dumps::graphChanged);
        Migrations.apply(db, List.of(Lifecycle.SCHEMA));
        this.lifecycle = new Lifecycle(db);
        WijkRdf wijkRdf = new WijkRdf(iris);
        PlanRdf planRdf = new PlanRdf(iris);
        InitiatiefRdf initiatiefRdf = new InitiatiefRdf(iris);
        this.publications = List.of(
                new ItemPublication<>("wijk", iris, wijken::all, wijken::find, Wijk::code, wijkRdf::graph, lifecycle, publisher),
                new ItemPublication<>("plan", iris, plannen::all, plannen::find, Plan::id, planRdf::graph, lifecycle, publisher),
                new ItemPublication<>("initiatief", iris, initiatieven::all, initiatieven::find, Initiatief::id,
                        initiatiefRdf::graph, lifecycle, publisher));
    }

    /** The datasets of the catalogue, each the union of some named graphs. */
    static List<DatasetSpec> datasets() {
        return List.of(
                new DatasetSpec("peilingresultaten", "Uitslagen van peilingen",
                        "Hoeveel bewoners welk antwoord gaven op de peilingen in de buurthuizen, per wijk, kiosk, kanaal "
                                + "(scherm of knop) en dag, als W3C Data Cube. Aantallen onder de drempel zijn onderdrukt.",
                        List.of("peiling", "participatie", "wijk"), List.of("peiling/", "def/peilingresultaten"), true),
                new DatasetSpec("plannen", "Plannen per wijk",
                        "De plannen van de gemeente per wijk, met hun fasen en de participatiemomenten (wanneer, waar, hoe).",
                        List.of("plan", "participatie", "wijk"), List.of("plan/"), false),
                new DatasetSpec("initiatieven", "Bewonersinitiatieven",
                        "Initiatieven van bewoners in hun wijk: het verhaal en hoe u meedoet via de gemeente.",
                        List.of("initiatief", "bewoners", "wijk"), List.of("initiatief/"), false),
                new DatasetSpec("begroting", "Begroting en wijkbudgetten",
                        "Begroting en realisatie per Iv3-taakveld per jaar als W3C Data Cube, wijkbudgetten en subsidies.",
                        List.of("begroting", "Iv3", "taakveld", "wijkbudget"), List.of("begroting/", "taakveld/"), true),
                new DatasetSpec("evaluaties", "Evaluaties",
                        "Evaluaties van plannen en initiatieven: doelen, indicatoren, uitkomsten en lessen.",
                        List.of("evaluatie", "resultaat"), List.of("evaluatie/"), false),
                new DatasetSpec("wijken", "Wijken",
                        "De wijken van de gemeente met hun CBS-wijkcode en het jaar van de CBS Wijk- en Buurtkaart.",
                        List.of("wijk", "CBS"), List.of("wijk/"), false));
    }

    /** Brings every published graph up to date with the database; used at start. */
    void publishAll() {
        publications.forEach(ItemPublication::publishAll);
        publisher.publishNow(catalogus.graphIri(), catalogus.graph(LocalDate.now(clock)));
        dumps.writeAllSoon();
    }

    /** Finishes dumps being written; call before the linked data closes. */
    void close() {
        dumps.close();
    }

    void install(JavalinConfig cfg) {
        SparqlEndpoint.install(cfg, linkedData.dataset(), limits, new QueryPage(iris));
        new DumpRoutes(dumps).install(cfg);
        cfg.routes.get("/catalogus", ctx -> ctx.redirect("/doc/catalogus/buurtstem", HttpStatus.SEE_OTHER));
        new Dereferencing(iris, new Descriptions(linkedData.dataset()), Map.of("peiling", peilingPages::view),
                Map.of(catalogus.catalogIri(), catalogus.graphIri())).install(cfg);
    }
}
