package nl.buurtstem.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.catalogus.Catalogus;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.catalogus.Datasets;
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
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.QueryPage;
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
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkBeheer;
import nl.buurtstem.opendata.wijk.WijkRdf;
import nl.buurtstem.opendata.wijk.WijkStore;

/**
 * The open-data side of the central node, wired in one place: staff logins and content management, what
 * is published (one publication per feature), dumps, the catalogue, dereferencing and the SPARQL endpoint.
 */
final class OpenDataWiring {

    /** The central node's parts this side works with. */
    record Parts(Path dataDir, Database db, ObjectMapper json, Iris iris, LinkedData linkedData, Publisher publisher,
                 Clock clock, StaffAccess apiKey, WijkStore wijken, PlanStore plannen, InitiatiefStore initiatieven,
                 PeilingStore peilingen, PeilingPublication peilingPublication, PeilingPages peilingPages) {
    }

    private final Parts parts;
    private final SparqlEndpoint.Limits limits;
    private final List<ItemPublication<?>> publications;
    private final Catalogus catalogus;
    private final Dumps dumps;
    private final Staff staff;
    private final ContentAdmin content;
    private final PeilingBeheer peilingBeheer;

    OpenDataWiring(Parts parts, SparqlEndpoint.Limits limits, CatalogusSettings catalogusSettings) {
        this.parts = parts;
        this.limits = limits;
        Iris iris = parts.iris();
        this.catalogus = new Catalogus(iris, catalogusSettings, Datasets.all());
        this.dumps = new Dumps(parts.dataDir().resolve("dumps"), parts.linkedData().dataset(), iris, Datasets.all());
        parts.publisher().onPublished(dumps::graphChanged);
        this.staff = new Staff(parts.db(), parts.apiKey(), parts.clock(), parts.dataDir());
        ItemPublication<Wijk> wijken = new ItemPublication<>("wijk", iris, parts.wijken()::all, parts.wijken()::find,
                Wijk::code, new WijkRdf(iris)::graph, staff.lifecycle(), parts.publisher(), json(Wijk.class));
        ItemPublication<Plan> plannen = new ItemPublication<>("plan", iris, parts.plannen()::all, parts.plannen()::find,
                Plan::id, new PlanRdf(iris)::graph, staff.lifecycle(), parts.publisher(), json(Plan.class));
        ItemPublication<Initiatief> initiatieven = new ItemPublication<>("initiatief", iris, parts.initiatieven()::all,
                parts.initiatieven()::find, Initiatief::id, new InitiatiefRdf(iris)::graph, staff.lifecycle(),
                parts.publisher(), json(Initiatief.class));
        this.publications = List.of(wijken, plannen, initiatieven);
        this.peilingBeheer = new PeilingBeheer(parts.peilingen(), parts.peilingPublication(), new PeilingCube(iris),
                parts.publisher(), staff.lifecycle(), parts.json(), iris);
        this.content = new ContentAdmin(parts.db(), parts.json(), staff, List.of(
                WijkBeheer.inhoud(parts.wijken(), wijken::changed),
                PlanBeheer.inhoud(parts.plannen(), plannen::changed),
                InitiatiefBeheer.inhoud(parts.initiatieven(), initiatieven::changed),
                peilingBeheer.inhoud()));
    }

    /** Brings every published graph up to date with the database; used at start. */
    void publishAll() {
        publications.forEach(ItemPublication::publishAll);
        peilingBeheer.publishWithdrawn();
        parts.publisher().publishNow(catalogus.graphIri(), catalogus.graph(LocalDate.now(parts.clock())));
        dumps.writeAllSoon();
    }

    /** Finishes dumps being written; call before the linked data closes. */
    void close() {
        dumps.close();
    }

    void install(JavalinConfig cfg) {
        SparqlEndpoint.install(cfg, parts.linkedData().dataset(), limits, new QueryPage(parts.iris()));
        staff.routes().install(cfg);
        content.install(cfg);
        new ContentPages(staff.auth()).install(cfg);
        new DumpRoutes(dumps).install(cfg);
        cfg.routes.get("/catalogus", ctx -> ctx.redirect("/doc/catalogus/buurtstem", HttpStatus.SEE_OTHER));
        new Dereferencing(parts.iris(), new Descriptions(parts.linkedData().dataset()),
                Map.of("peiling", parts.peilingPages()::view),
                Map.of(catalogus.catalogIri(), catalogus.graphIri())).install(cfg);
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
