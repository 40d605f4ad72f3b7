package nl.buurtstem.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.begroting.BegrotingCube;
import nl.buurtstem.opendata.begroting.BegrotingImport;
import nl.buurtstem.opendata.begroting.BegrotingPublication;
import nl.buurtstem.opendata.begroting.BegrotingRoutes;
import nl.buurtstem.opendata.begroting.BegrotingStore;
import nl.buurtstem.opendata.begroting.Subsidie;
import nl.buurtstem.opendata.begroting.SubsidieRdf;
import nl.buurtstem.opendata.begroting.SubsidieStore;
import nl.buurtstem.opendata.begroting.Taakvelden;
import nl.buurtstem.opendata.catalogus.Catalogus;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.catalogus.Datasets;
import nl.buurtstem.opendata.evaluatie.Evaluatie;
import nl.buurtstem.opendata.evaluatie.EvaluatieBeheer;
import nl.buurtstem.opendata.evaluatie.EvaluatieRdf;
import nl.buurtstem.opendata.evaluatie.EvaluatieStore;
import nl.buurtstem.opendata.fleet.KioskRegistry;
import nl.buurtstem.opendata.idee.GepubliceerdIdee;
import nl.buurtstem.opendata.idee.IdeePublicaties;
import nl.buurtstem.opendata.initiatief.Initiatief;
import nl.buurtstem.opendata.initiatief.InitiatiefBeheer;
import nl.buurtstem.opendata.initiatief.InitiatiefRdf;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.lod.Dereferencing;
import nl.buurtstem.opendata.lod.Descriptions;
import nl.buurtstem.opendata.lod.DumpRoutes;
import nl.buurtstem.opendata.lod.Dumps;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.lod.KioskPublication;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.OwnVocabulary;
import nl.buurtstem.opendata.lod.PeriodicPublication;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.ServiceAllowList;
import nl.buurtstem.opendata.lod.SparqlEndpoint;
import nl.buurtstem.opendata.peiling.PeilingBeheer;
import nl.buurtstem.opendata.peiling.PeilingCube;
import nl.buurtstem.opendata.peiling.PeilingPages;
import nl.buurtstem.opendata.peiling.PeilingPublication;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanBeheer;
import nl.buurtstem.opendata.plan.PlanRdf;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.staff.ContentAdmin;
import nl.buurtstem.opendata.staff.ContentPages;
import nl.buurtstem.opendata.staff.Staff;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkBeheer;
import nl.buurtstem.opendata.wijk.WijkRdf;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetRdf;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetStore;

/**
 * The open-data side of the central node, wired in one place: staff logins and content management, what
 * is published (one publication per feature), dumps, the catalogue, dereferencing and the SPARQL endpoint.
 */
final class OpenDataWiring {

    /** The central node's parts this side works with. */
    record Parts(
            Path dataDir,
            Database db,
            ObjectMapper json,
            Iris iris,
            LinkedData linkedData,
            Publisher publisher,
            Clock clock,
            StaffAccess apiKey,
            WijkStore wijken,
            PlanStore plannen,
            InitiatiefStore initiatieven,
            PeilingStore peilingen,
            PeilingPublication peilingPublication,
            PeilingPages peilingPages,
            KioskRegistry kiosks,
            WijkbudgetStore wijkbudgetten,
            int privacyThreshold) {}

    private final Parts parts;
    private final SparqlEndpoint.Limits limits;
    private final List<ItemPublication<?>> publications;
    private final Catalogus catalogus;
    private final Dumps dumps;
    private final Staff staff;
    private final ContentAdmin content;
    private final PeilingBeheer peilingBeheer;
    private final KioskPublication kiosks;
    private final PeriodicPublication wijkbudgetten;
    private final BegrotingPublication begroting;
    private final BegrotingRoutes begrotingRoutes;
    private final BegrotingImport begrotingImport;

    OpenDataWiring(Parts parts, SparqlEndpoint.Limits limits, CatalogusSettings catalogusSettings) {
        this.parts = parts;
        this.limits = limits;
        Iris iris = parts.iris();
        this.catalogus = new Catalogus(iris, catalogusSettings, Datasets.all());
        this.dumps =
                new Dumps(parts.dataDir().resolve("dumps"), parts.linkedData().dataset(), iris, Datasets.all());
        parts.publisher().onPublished(dumps::graphChanged);
        this.staff = new Staff(parts.db(), parts.apiKey(), parts.clock(), parts.dataDir());
        ItemPublication<Wijk> wijken = new ItemPublication<>(
                "wijk",
                iris,
                parts.wijken()::all,
                parts.wijken()::find,
                Wijk::code,
                new WijkRdf(iris)::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(Wijk.class));
        ItemPublication<Plan> plannen = new ItemPublication<>(
                "plan",
                iris,
                parts.plannen()::all,
                parts.plannen()::find,
                Plan::id,
                new PlanRdf(iris)::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(Plan.class));
        ItemPublication<Initiatief> initiatieven = new ItemPublication<>(
                "initiatief",
                iris,
                parts.initiatieven()::all,
                parts.initiatieven()::find,
                Initiatief::id,
                new InitiatiefRdf(iris)::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(Initiatief.class));
        Migrations.apply(
                parts.db(),
                List.of(BegrotingStore.SCHEMA, SubsidieStore.SCHEMA, EvaluatieStore.SCHEMA, IdeePublicaties.SCHEMA));
        IdeePublicaties ideeen = new IdeePublicaties(parts.db(), parts.json(), iris);
        ItemPublication<GepubliceerdIdee> ideePublicatie = new ItemPublication<>(
                "idee",
                iris,
                ideeen::all,
                ideeen::find,
                GepubliceerdIdee::id,
                ideeen::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(GepubliceerdIdee.class));
        SubsidieStore subsidieStore = new SubsidieStore(parts.db(), parts.json());
        EvaluatieStore evaluatieStore = new EvaluatieStore(parts.db(), parts.json());
        ItemPublication<Subsidie> subsidies = new ItemPublication<>(
                "subsidie",
                iris,
                subsidieStore::all,
                subsidieStore::find,
                Subsidie::id,
                new SubsidieRdf(iris, catalogus.publisherIri())::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(Subsidie.class));
        ItemPublication<Evaluatie> evaluaties = new ItemPublication<>(
                "evaluatie",
                iris,
                evaluatieStore::all,
                evaluatieStore::find,
                Evaluatie::id,
                new EvaluatieRdf(iris)::graph,
                staff.lifecycle(),
                parts.publisher(),
                json(Evaluatie.class));
        this.publications = List.of(wijken, plannen, initiatieven, subsidies, evaluaties, ideePublicatie);
        this.kiosks = new KioskPublication(
                iris,
                () -> parts.kiosks().all().stream()
                        .map(k -> new KioskPublication.PublicKiosk(k.id(), k.buurthuis(), k.wijk(), k.isRevoked()))
                        .toList(),
                parts.publisher());
        parts.publisher().onPublished(kiosks::pollGraphChanged);
        WijkbudgetRdf wijkbudgetRdf = new WijkbudgetRdf(iris, parts.privacyThreshold());
        this.wijkbudgetten = new PeriodicPublication(parts.publisher(), () -> {
            Map<String, org.apache.jena.graph.Graph> graphs = new java.util.LinkedHashMap<>();
            for (Wijk wijk : parts.wijken().all()) {
                for (WijkbudgetStore.VoorKiosk b : parts.wijkbudgetten().forKiosk(wijk.code())) {
                    graphs.computeIfAbsent(
                            iris.graph("wijkbudget", b.wijkbudget().id()),
                            g -> wijkbudgetRdf.graph(
                                    b.wijkbudget(),
                                    parts.wijkbudgetten().uitslag(b.wijkbudget().id())));
                }
            }
            return graphs;
        });
        Taakvelden taakvelden = new Taakvelden(iris);
        BegrotingStore begrotingStore = new BegrotingStore(parts.db());
        this.begroting = new BegrotingPublication(
                begrotingStore, new BegrotingCube(iris, taakvelden), taakvelden, parts.publisher());
        this.begrotingImport = new BegrotingImport(begrotingStore, taakvelden, begroting::changed);
        this.begrotingRoutes = new BegrotingRoutes(begrotingStore, begrotingImport, staff.auth(), staff.audit());
        this.peilingBeheer = new PeilingBeheer(
                parts.peilingen(),
                parts.peilingPublication(),
                new PeilingCube(iris),
                parts.publisher(),
                staff.lifecycle(),
                parts.json(),
                iris);
        this.content = new ContentAdmin(
                parts.db(),
                parts.json(),
                staff,
                List.of(
                        WijkBeheer.inhoud(parts.wijken(), wijken::changed),
                        PlanBeheer.inhoud(parts.plannen(), plannen::changed),
                        InitiatiefBeheer.inhoud(parts.initiatieven(), initiatieven::changed),
                        peilingBeheer.inhoud(),
                        SubsidieRdf.inhoud(
                                subsidieStore,
                                ref -> parts.initiatieven().find(ref).isPresent(),
                                subsidies::changed),
                        EvaluatieBeheer.inhoud(evaluatieStore, target -> exists(target), evaluaties::changed),
                        ideeen.inhoud(ideePublicatie::changed)));
    }

    /** Brings every published graph up to date with the database; used at start. */
    /** Who is asking, for the central node's other staff pages (the fleet dashboard). */
    nl.buurtstem.opendata.staff.StaffAuth staffAuth() {
        return staff.auth();
    }

    void publishAll() {
        publications.forEach(ItemPublication::publishAll);
        peilingBeheer.publishWithdrawn();
        begroting.publishAll();
        kiosks.publishNow();
        wijkbudgetten.start(3);
        OwnVocabulary vocabulary = new OwnVocabulary(parts.iris());
        parts.publisher().publishNow(vocabulary.graphIri(), vocabulary.graph());
        parts.publisher().publishNow(catalogus.graphIri(), catalogus.graph(LocalDate.now(parts.clock())));
        dumps.writeAllSoon();
    }

    /** Finishes dumps being written; call before the linked data closes. */
    void close() {
        begrotingImport.close();
        wijkbudgetten.close();
        dumps.close();
    }

    void install(JavalinConfig cfg) {
        SparqlEndpoint.install(
                cfg, parts.linkedData().dataset(), limits, parts.iris(), ServiceAllowList.read(parts.dataDir()));
        staff.routes().install(cfg);
        content.install(cfg);
        begrotingRoutes.install(cfg);
        new ContentPages(staff.auth()).install(cfg);
        new DumpRoutes(dumps, parts.iris().basePath()).install(cfg);
        new Dereferencing(
                        parts.iris(),
                        new Descriptions(parts.linkedData()),
                        Map.of("peiling", parts.peilingPages()::view),
                        Map.of(catalogus.catalogIri(), catalogus.graphIri()))
                .install(cfg);
    }

    /** Whether "plan/{ref}" or "initiatief/{ref}" names content that is or was published. */
    private boolean exists(String target) {
        String[] parts = target.split("/", 2);
        return switch (parts[0]) {
            case "plan" ->
                this.parts.plannen().find(parts[1]).isPresent()
                        || staff.lifecycle().withdrawnJson("plan").containsKey(parts[1]);
            case "initiatief" ->
                this.parts.initiatieven().find(parts[1]).isPresent()
                        || staff.lifecycle().withdrawnJson("initiatief").containsKey(parts[1]);
            default -> false;
        };
    }

    private <T> java.util.function.Function<String, T> json(Class<T> type) {
        return body -> {
            try {
                return parts.json().readValue(body, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a withdrawn " + type.getSimpleName() + " is unreadable", e);
            }
        };
    }
}
