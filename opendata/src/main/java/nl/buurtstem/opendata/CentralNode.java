package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.demo.DemoBewonersinhoud;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.fleet.FleetMonitoring;
import nl.buurtstem.opendata.fleet.FleetRoutes;
import nl.buurtstem.opendata.fleet.FleetSettings;
import nl.buurtstem.opendata.fleet.KioskRegistry;
import nl.buurtstem.opendata.fleet.Opstartkaarten;
import nl.buurtstem.opendata.idee.IdeeHandler;
import nl.buurtstem.opendata.idee.IdeeStore;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.initiatief.MenukaartStore;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.SparqlEndpoint;
import nl.buurtstem.opendata.peiling.AntwoordHandler;
import nl.buurtstem.opendata.peiling.Antwoorden;
import nl.buurtstem.opendata.peiling.Onderdrukkingen;
import nl.buurtstem.opendata.peiling.OnderdruktHandler;
import nl.buurtstem.opendata.peiling.PeilingCube;
import nl.buurtstem.opendata.peiling.PeilingPages;
import nl.buurtstem.opendata.peiling.PeilingPublication;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.peiling.WijkUitslagen;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.release.ReleaseRoutes;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.ContentSection;
import nl.buurtstem.opendata.sync.SyncRoutes;
import nl.buurtstem.opendata.vertaling.VertalingStore;
import nl.buurtstem.opendata.web.BearerToken;
import nl.buurtstem.opendata.web.HomePage;
import nl.buurtstem.opendata.web.Problems;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijk.WijkkaartStore;
import nl.buurtstem.opendata.wijkbudget.StembiljetHandler;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetStore;

/**
 * The municipality's central node: receives kiosk syncs, keeps content, publishes linked open data.
 *
 * <pre>{@code
 * CentralNode node = CentralNode.builder().dataDir(Path.of("data/central")).port(8080).demoContent(true).build();
 * node.start();
 * ...
 * node.stop();
 * }</pre>
 */
public final class CentralNode {

    private final Settings settings;
    private Database db;
    private FleetMonitoring fleetMonitoring;
    private LinkedData linkedData;
    private Publisher publisher;
    private OpenDataWiring openData;
    private Javalin app;

    private CentralNode(Settings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the data folder, brings the published data up to date and starts serving. */
    public synchronized CentralNode start() {
        ObjectMapper json = jsonMapper();
        db = Database.open(settings.dataDir().resolve("central.db"));
        Migrations.apply(
                db,
                List.of(
                        WijkStore.SCHEMA,
                        PeilingStore.SCHEMA,
                        PlanStore.SCHEMA,
                        InitiatiefStore.SCHEMA,
                        KioskRegistry.SCHEMA,
                        SyncRoutes.SCHEMA,
                        FleetMonitoring.SCHEMA,
                        Onderdrukkingen.SCHEMA,
                        IdeeStore.SCHEMA,
                        WijkbudgetStore.SCHEMA,
                        MenukaartStore.SCHEMA,
                        WijkkaartStore.SCHEMA,
                        VertalingStore.SCHEMA));
        WijkStore wijken = new WijkStore(db);
        PeilingStore peilingen = new PeilingStore(db, json);
        PlanStore plannen = new PlanStore(db, json);
        InitiatiefStore initiatieven = new InitiatiefStore(db, json);
        WijkbudgetStore wijkbudgetten = new WijkbudgetStore(db, json);
        MenukaartStore menukaart = new MenukaartStore(db, json);
        WijkkaartStore wijkkaart = new WijkkaartStore(db, json);
        VertalingStore vertalingen = new VertalingStore(db, json);
        if (settings.demoContent()) {
            DemoContent.seedIfEmpty(wijken, peilingen, plannen, initiatieven);
            DemoBewonersinhoud.seedIfEmpty(peilingen, wijkbudgetten, menukaart, wijkkaart, vertalingen);
        }
        KioskRegistry kiosks = new KioskRegistry(db);
        Antwoorden antwoorden = new Antwoorden(db);

        Iris iris = new Iris(settings.baseUri());
        linkedData = LinkedData.open(settings.dataDir().resolve("tdb2"));
        publisher = new Publisher(linkedData);
        PeilingPublication peilingPublication = new PeilingPublication(
                peilingen, antwoorden, new PeilingCube(iris, settings.privacyThreshold()), publisher);
        peilingPublication.publishAll();

        StaffAccess staff = StaffAccess.fromFile(settings.dataDir().resolve("staff-api-key"));
        SyncRoutes sync = new SyncRoutes(
                db,
                json,
                kiosks,
                wijken,
                peilingen,
                plannen,
                initiatieven,
                settings.clock(),
                List.of(
                        new AntwoordHandler(peilingen, peilingPublication),
                                new OnderdruktHandler(peilingen, peilingPublication),
                        new IdeeHandler(), new StembiljetHandler(wijkbudgetten)),
                residentContent(wijkbudgetten, menukaart, wijkkaart, vertalingen, new WijkUitslagen(db)));
        FleetRoutes fleet = new FleetRoutes(json, kiosks, wijken, staff);
        PeilingPages peilingPages = new PeilingPages(peilingen, antwoorden);
        openData = new OpenDataWiring(
                new OpenDataWiring.Parts(
                        settings.dataDir(),
                        db,
                        json,
                        iris,
                        linkedData,
                        publisher,
                        settings.clock(),
                        staff,
                        wijken,
                        plannen,
                        initiatieven,
                        peilingen,
                        peilingPublication,
                        peilingPages,
                        kiosks,
                        wijkbudgetten,
                        settings.privacyThreshold()),
                new SparqlEndpoint.Limits(settings.queryTimeout(), settings.maxResults()),
                settings.catalogus());
        openData.publishAll();
        ReleaseRoutes releases = new ReleaseRoutes(settings.dataDir().resolve("releases"));
        fleetMonitoring = new FleetMonitoring(
                db,
                json,
                kiosks,
                wijken,
                openData.staffAuth(),
                sync::authenticate,
                fleetSettings(json),
                settings.clock(),
                settings.baseUri(),
                settings.demoContent(),
                Optional.ofNullable(settings.opstartkaarten()),
                releases::publicKey,
                BearerToken.fromFile(settings.dataDir().resolve("metrics-token")));

        app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = settings.maxRequestBytes();
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/central-assets";
                files.location = Location.CLASSPATH;
            });
            Problems.install(cfg);
            openData.install(cfg);
            cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            HomePage.install(cfg, peilingen, iris.basePath());
            sync.install(cfg);
            sync.installStaff(cfg, staff);
            fleet.install(cfg);
            releases.install(cfg);
            fleetMonitoring.install(cfg);
            peilingPages.install(cfg);
        });
        app.start(settings.host(), settings.port());
        fleetMonitoring.start();
        return this;
    }

    /** Stops serving, finishes pending publications, and closes the data folder. */
    public synchronized void stop() {
        if (fleetMonitoring != null) {
            fleetMonitoring.close();
        }
        if (app != null) {
            app.stop();
            app = null;
        }
        if (publisher != null) {
            publisher.close();
        }
        if (openData != null) {
            openData.close();
        }
        if (linkedData != null) {
            linkedData.close();
        }
        if (db != null) {
            db.close();
        }
    }

    public int port() {
        return app.port();
    }

    /** The public address URIs are minted under. */
    public String baseUri() {
        return settings.baseUri();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** What the kiosk's resident screens need beyond polls, plans and initiatives. */
    private static List<ContentSection> residentContent(
            WijkbudgetStore wijkbudgetten,
            MenukaartStore menukaart,
            WijkkaartStore wijkkaart,
            VertalingStore vertalingen,
            WijkUitslagen uitslagen) {
        return List.of(
                new ContentSection("wijkbudgetten", kiosk -> wijkbudgetten.forKiosk(kiosk.wijk())),
                new ContentSection("menukaart", kiosk -> menukaart.current().orElse(null)),
                new ContentSection("wijkkaart", kiosk -> wijkkaart.current().orElse(null)),
                new ContentSection("vertalingen", kiosk -> vertalingen.all()),
                new ContentSection("uitslagenElders", kiosk -> uitslagen.elders(kiosk.wijk(), kiosk.id())));
    }

    /** Fleet monitoring settings: as built, else fleet.json in the data folder, else the demo's or the defaults. */
    private FleetSettings fleetSettings(ObjectMapper json) {
        if (settings.fleet() != null) {
            return settings.fleet();
        }
        java.nio.file.Path file = settings.dataDir().resolve("fleet.json");
        return settings.demoContent() && !java.nio.file.Files.exists(file)
                ? FleetMonitoring.demoSettings("http://localhost:" + settings.port() + "/")
                : FleetSettings.read(json, file);
    }

    static ObjectMapper jsonMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private record Settings(
            Path dataDir,
            String host,
            int port,
            String baseUri,
            boolean demoContent,
            Duration queryTimeout,
            long maxRequestBytes,
            Clock clock,
            long maxResults,
            nl.buurtstem.opendata.catalogus.CatalogusSettings catalogus,
            int privacyThreshold,
            FleetSettings fleet,
            Opstartkaarten opstartkaarten) {}

    /** Settings with sensible defaults; only the data folder has none. */
    public static final class Builder {
        private Path dataDir;
        private String host = "0.0.0.0";
        private int port = 8080;
        private String baseUri;
        private boolean demoContent;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxResults = 10_000;
        private int privacyThreshold = nl.buurtstem.opendata.peiling.Waarnemingsstatus.DEFAULT_THRESHOLD;
        private nl.buurtstem.opendata.catalogus.CatalogusSettings catalogus =
                nl.buurtstem.opendata.catalogus.CatalogusSettings.defaults(DemoContent.GEMEENTE, "Gemeente Zwolle");
        private long maxRequestBytes = 4 * 1024 * 1024;
        private Clock clock = Clock.systemUTC();
        private FleetSettings fleet;
        private Opstartkaarten opstartkaarten;

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The public address URIs are minted under; defaults to http://localhost:{port}/. */
        public Builder baseUri(String baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        public Builder demoContent(boolean demoContent) {
            this.demoContent = demoContent;
            return this;
        }

        /** Published poll counts below this (default 5) are suppressed; 1 publishes every count. */
        public Builder privacyThreshold(int privacyThreshold) {
            this.privacyThreshold = privacyThreshold;
            return this;
        }

        /** The licence of every dataset and distribution, an IRI from the EU licence list (default CC0 1.0). */
        public Builder licence(String licenceIri) {
            this.catalogus = new nl.buurtstem.opendata.catalogus.CatalogusSettings(
                    catalogus.gemeentecode(),
                    catalogus.gemeentenaam(),
                    licenceIri,
                    licenceIri.substring(licenceIri.lastIndexOf('/') + 1));
            return this;
        }

        /** Who publishes the open data (TOOI gemeente) and under which licence (default CC0 1.0). */
        public Builder catalogus(nl.buurtstem.opendata.catalogus.CatalogusSettings catalogus) {
            this.catalogus = catalogus;
            return this;
        }

        /** The most rows (or triples) one SPARQL answer may have; a larger answer is refused with a clear message. */
        public Builder maxResults(long maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How the fleet is watched and where alerts go; default: fleet.json in the data folder. */
        public Builder fleet(FleetSettings fleet) {
            this.fleet = fleet;
            return this;
        }

        /** Lets staff make a kiosk's boot card on the dashboard; without it they use ./buurtstem enroll. */
        public Builder opstartkaarten(Opstartkaarten opstartkaarten) {
            this.opstartkaarten = opstartkaarten;
            return this;
        }

        public CentralNode build() {
            if (dataDir == null) {
                throw new IllegalStateException("the central node needs a data folder");
            }
            // URIs are minted under the real port, so a free port is chosen now rather than by the server later.
            int chosenPort = port == 0 ? freePort() : port;
            String base = baseUri != null ? baseUri : "http://localhost:" + chosenPort + "/";
            return new CentralNode(new Settings(
                    dataDir,
                    host,
                    chosenPort,
                    base,
                    demoContent,
                    queryTimeout,
                    maxRequestBytes,
                    clock,
                    maxResults,
                    catalogus,
                    privacyThreshold,
                    fleet,
                    opstartkaarten));
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("no free port to listen on", e);
            }
        }
    }
}
