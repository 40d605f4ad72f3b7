package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.opendata.actie.ActieFeature;
import nl.buurtstem.opendata.alarm.AlarmFeature;
import nl.buurtstem.opendata.begroting.BegrotingFeature;
import nl.buurtstem.opendata.catalogus.CatalogusFeature;
import nl.buurtstem.opendata.catalogus.CatalogusSettings;
import nl.buurtstem.opendata.dashboard.DashboardFeature;
import nl.buurtstem.opendata.demo.DemoAgendavertalingen;
import nl.buurtstem.opendata.demo.DemoBewonersinhoud;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.demo.DemoOpenData;
import nl.buurtstem.opendata.evaluatie.EvaluatieBeheerFeature;
import nl.buurtstem.opendata.evaluatie.EvaluatieFeature;
import nl.buurtstem.opendata.gebeurd.GebeurdFeature;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.hartslag.HartslagFeature;
import nl.buurtstem.opendata.idee.IdeeFeature;
import nl.buurtstem.opendata.inbreng.InbrengFeature;
import nl.buurtstem.opendata.initiatief.Initiatief;
import nl.buurtstem.opendata.initiatief.InitiatiefBeheerFeature;
import nl.buurtstem.opendata.initiatief.InitiatiefFeature;
import nl.buurtstem.opendata.kiosk.KioskFeature;
import nl.buurtstem.opendata.lod.DumpSchedule;
import nl.buurtstem.opendata.lod.ExternalStore;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.LinkedDataFeature;
import nl.buurtstem.opendata.lod.NietGevondenPagina;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.lod.SparqlEndpoint;
import nl.buurtstem.opendata.peiling.PeilingBeheerFeature;
import nl.buurtstem.opendata.peiling.PeilingFeature;
import nl.buurtstem.opendata.peiling.Publicatieperiode;
import nl.buurtstem.opendata.peiling.Waarnemingsstatus;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanBeheerFeature;
import nl.buurtstem.opendata.plan.PlanFeature;
import nl.buurtstem.opendata.release.ReleaseFeature;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Staff;
import nl.buurtstem.opendata.staff.StaffAccess;
import nl.buurtstem.opendata.staff.StaffFeature;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.sync.KioskAuthenticator;
import nl.buurtstem.opendata.sync.SyncFeature;
import nl.buurtstem.opendata.vertaling.VertalingBeheerFeature;
import nl.buurtstem.opendata.vertaling.VertalingFeature;
import nl.buurtstem.opendata.web.BearerToken;
import nl.buurtstem.opendata.web.ContentLength;
import nl.buurtstem.opendata.web.HomeFeature;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problems;
import nl.buurtstem.opendata.web.SecurityHeaders;
import nl.buurtstem.opendata.web.TrustedProxies;
import nl.buurtstem.opendata.wijk.WijkBeheerFeature;
import nl.buurtstem.opendata.wijk.WijkFeature;
import nl.buurtstem.opendata.wijk.Wijknamen;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetBeheerFeature;
import nl.buurtstem.opendata.wijkbudget.WijkbudgetFeature;
import nl.buurtstem.opendata.wijkupdate.WijkupdateFeature;
import org.apache.jena.sys.JenaSystem;

/**
 * The municipality's central node: receives kiosk syncs, keeps content, publishes linked open data. It is a list
 * of {@link Feature features} (see {@link #features}), each a package that declares what it brings.
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
    private PortReservation reservedPort;
    private Database db;
    private Cluster cluster;
    private LinkedData linkedData;
    private Publisher publisher;
    private ExternalStore externalStore;
    private List<Feature> features = List.of();
    private Runnable demoSeed = () -> {};
    private Javalin app;

    private CentralNode(Settings settings, PortReservation reservedPort) {
        this.settings = settings;
        this.reservedPort = reservedPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the data folder, brings the published data up to date and starts serving. */
    public synchronized CentralNode start() {
        // Jena initialises itself from whichever class is touched first, and two threads doing that at once (a query
        // on a request thread, a dump being written) can deadlock on class initialisation (apache/jena GH-2787, made
        // rarer but not impossible in 5.3). Its maintainers advise calling init once, before any thread uses Jena.
        JenaSystem.init();
        ObjectMapper json = jsonMapper();
        // On SQLite the database file is made private before SQLite opens it (its -wal and -shm take its mode).
        DataFolder.prepare(
                settings.dataDir(),
                settings.database() == null ? settings.dataDir().resolve("central.db") : null);
        db = Database.open(database());
        cluster = new Cluster(db);
        linkedData = LinkedData.open(settings.dataDir().resolve("tdb2"));
        publisher =
                Publisher.create(linkedData, db, cluster, settings.dataDir().resolve("tdb2-positie"), settings.clock());
        Staff staff = new Staff(
                db,
                StaffAccess.fromFile(settings.dataDir().resolve("staff-api-key")),
                settings.clock(),
                settings.baseUri());
        Core core = new Core(
                settings.dataDir(),
                db,
                json,
                new Iris(settings.baseUri()),
                linkedData,
                publisher,
                staff,
                settings.clock(),
                cluster);
        List<Migrations.Steps> schema = new ArrayList<>(Staff.SCHEMA);
        features = features(core);
        features.forEach(f -> schema.addAll(f.schema()));
        Migrations.apply(db, schema);
        publisher.follow();
        if (settings.demoContent()) {
            demoSeed.run();
        }
        features.forEach(Feature::open);
        app = Javalin.create(cfg -> {
            cfg.jsonMapper(JsonBody.mapper(json));
            cfg.http.maxRequestSize = settings.maxRequestBytes();
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/central-assets";
                files.location = Location.CLASSPATH;
            });
            Problems.install(
                    cfg, staff.foutpagina(), new NietGevondenPagina(core.iris().basePath()));
            // Before any feature's routes and filters: every answer gets them, every route the CSRF check.
            SecurityHeaders.install(cfg, settings.trustedProxies());
            staff.csrf().install(cfg);
            ContentLength.install(cfg);
            // Of several nodes on one database, each says which background jobs it does now (docs/ops/scale.md);
            // every node counts the rounds its jobs began, so a stuck job shows.
            cfg.routes.get(
                    "/health",
                    ctx -> ctx.json(
                            cluster.shared()
                                    ? Map.of("status", "ok", "jobs", cluster.jobs(), "rounds", cluster.rounds())
                                    : Map.of("status", "ok", "rounds", cluster.rounds())));
            features.forEach(f -> f.routes(cfg));
        });
        releasePort();
        app.start(settings.host(), settings.port());
        features.forEach(Feature::start);
        if (settings.sparqlStore() != null) {
            externalStore = new ExternalStore(
                    settings.sparqlStore(), linkedData.dataset(), () -> cluster.leads("sparql-store"));
            publisher.onPublished(externalStore::changed);
            externalStore.start();
        }
        return this;
    }

    /**
     * The node's features, in the order their schema steps apply; each takes the features it builds on. The last
     * ones gather what all others declare: the sync API, the staff's pages, the catalogue and the linked data.
     */
    private List<Feature> features(Core core) {
        Features all = new Features();
        // Translations first: the rooms below publish them beside their Dutch.
        VertalingFeature vertaling = all.add(new VertalingFeature(core));
        WijkFeature wijk = all.add(new WijkFeature(core, vertaling.store()::actueel));
        PeilingFeature peiling =
                all.add(new PeilingFeature(core, settings.privacyThreshold(), settings.publicatieperiode()));
        PlanFeature plan = all.add(new PlanFeature(core, vertaling.store()::actueel));
        WijkBeheerFeature wijkBeheer = all.add(new WijkBeheerFeature(core, wijk, plan.plannen()::inWijk));
        InitiatiefFeature initiatief =
                all.add(new InitiatiefFeature(core, new Wijknamen(wijk.wijken())::naam, vertaling.store()));
        WijkbudgetFeature wijkbudget =
                all.add(new WijkbudgetFeature(core, settings.privacyThreshold(), vertaling.store()));
        // What an evaluation is about, and (with the wijkbudget proposals) what an idea can become: by name.
        Supplier<List<Optie>> plannenEnInitiatieven = () -> {
            List<Optie> keuzes = new ArrayList<>();
            plan.plannen().all().forEach(p -> keuzes.add(new Optie("plan/" + p.id(), "Plan: " + p.titel())));
            initiatief
                    .initiatieven()
                    .all()
                    .forEach(i -> keuzes.add(new Optie("initiatief/" + i.id(), "Initiatief: " + i.titel())));
            return keuzes;
        };
        IdeeFeature idee = all.add(new IdeeFeature(
                core,
                wijk.wijken(),
                vertaling.store(),
                settings.contactBewaartermijn(),
                settings.contactControle(),
                () -> {
                    List<Optie> doelen = plannenEnInitiatieven.get();
                    wijkbudget
                            .store()
                            .all()
                            .forEach(b -> b.voorstellen()
                                    .forEach(v -> doelen.add(new Optie(
                                            "wijkbudget/" + b.id() + "/voorstel/" + v.id(),
                                            "Voorstel in " + b.titel() + ": " + v.titel()))));
                    return doelen;
                }));
        BegrotingFeature begroting = all.add(new BegrotingFeature(
                core, initiatief.initiatieven(), settings.catalogus().publisherIri()));
        EvaluatieFeature evaluatie = all.add(new EvaluatieFeature(
                core,
                ref -> ref.startsWith("plan/")
                        ? plan.exists(ref.substring(5))
                        : ref.startsWith("initiatief/") && initiatief.exists(ref.substring(11))));
        GebeurdFeature gebeurd = all.add(new GebeurdFeature(
                peiling,
                idee.publicaties(),
                wijkbudget,
                evaluatie.store(),
                ref -> ref.startsWith("plan/")
                        ? plan.plannen().find(ref.substring(5)).map(Plan::wijk)
                        : ref.startsWith("initiatief/")
                                ? initiatief
                                        .initiatieven()
                                        .find(ref.substring(11))
                                        .map(Initiatief::wijk)
                                : Optional.empty(),
                core.clock()));
        ReleaseFeature release = all.add(new ReleaseFeature(core));
        KioskFeature kiosk = all.add(new KioskFeature(core, wijk.wijken(), release::publicKey, settings.baseUri()));
        KioskAuthenticator kioskAuth = new KioskAuthenticator(kiosk.registry(), core.db(), core.clock());
        all.add(new InbrengFeature(
                kioskAuth, idee.store(), vertaling.store(), wijkbudget.bonnen(), wijkbudget.store(), core.clock()));
        ActieFeature actie = all.add(new ActieFeature(core));
        FleetSettings fleet = fleetSettings(core);
        HartslagFeature hartslag = all.add(new HartslagFeature(core, kiosk, actie, kioskAuth, fleet));
        AlarmFeature alarm = all.add(new AlarmFeature(
                core,
                kiosk,
                hartslag,
                fleet,
                settings.baseUri() + DashboardFeature.PATH.substring(1) + "/",
                settings.demoContent()));
        DashboardFeature dashboard = all.add(new DashboardFeature(
                core,
                wijk,
                kiosk,
                hartslag,
                alarm,
                actie,
                BearerToken.fromFile(settings.dataDir().resolve("metrics-token"))));
        all.add(new HomeFeature(
                peiling.peilingen(),
                wijk.wijken(),
                core.iris().basePath(),
                new HomeFeature.Voorwaarden(
                        settings.catalogus().licentie(),
                        settings.catalogus().licentieNaam(),
                        settings.catalogus().contactEmail())));
        demoSeed = () -> {
            DemoContent.seedIfEmpty(wijk.wijken(), peiling.peilingen(), plan.plannen(), initiatief.initiatieven());
            DemoContent.gebiedsagendaIfNone(wijk.agendas());
            DemoAgendavertalingen.seedIfNone(wijk.agendas(), vertaling.store());
            DemoBewonersinhoud.seedIfEmpty(
                    peiling.peilingen(), wijkbudget.store(), initiatief.menukaart(), wijk.kaart(), vertaling.store());
            DemoOpenData.seedIfEmpty(begroting.store(), begroting.subsidies(), evaluatie.store(), idee.publicaties());
            DemoBewonersinhoud.stemcodesIfNone(wijkbudget.store(), settings.dataDir());
        };

        PeilingBeheerFeature peilingBeheer =
                all.add(new PeilingBeheerFeature(core, peiling, wijk.wijken(), vertaling.store()));
        PlanBeheerFeature planBeheer = all.add(new PlanBeheerFeature(core, plan, wijk.wijken(), wijk.kaart()));
        Wijknamen wijknamen = new Wijknamen(wijk.wijken());
        InitiatiefBeheerFeature initiatiefBeheer = all.add(new InitiatiefBeheerFeature(core, initiatief, wijknamen));
        WijkbudgetBeheerFeature wijkbudgetBeheer = all.add(new WijkbudgetBeheerFeature(
                core, wijkbudget, wijknamen, settings.catalogus().gemeentenaam()));
        all.add(new WijkupdateFeature(
                core,
                peiling,
                plan.plannen(),
                idee.publicaties(),
                wijkbudget,
                wijknamen,
                settings.catalogus().gemeentenaam(),
                fleet.smtp()));
        all.add(new EvaluatieBeheerFeature(core, evaluatie, wijknamen, plannenEnInitiatieven, gebeurd::metEvaluatie));
        all.add(new VertalingBeheerFeature(
                core,
                vertaling,
                List.of(
                        peilingBeheer.vertaalbaar(),
                        planBeheer.vertaalbaar(),
                        initiatiefBeheer.vertaalbaar(),
                        wijkbudgetBeheer.vertaalbaar(),
                        idee.vertaalbaar(),
                        wijkBeheer.vertaalbaar())));
        all.add(new SyncFeature(core, kiosk.registry(), kioskAuth, all.syncEvents(), all.kioskContent()));
        all.add(new StaffFeature(
                core,
                all.inhoud(),
                List.of(peilingBeheer.werk(), planBeheer.werk(), initiatiefBeheer.werk(), wijkbudgetBeheer.werk()),
                dashboard.kioskstand(),
                wijknamen::opties,
                wijknamen::naam));
        CatalogusFeature catalogus =
                all.add(new CatalogusFeature(core, settings.catalogus(), all.datasets(), settings.dumps()));
        all.add(new LinkedDataFeature(
                core,
                new SparqlEndpoint.Limits(settings.queryTimeout(), settings.maxResults()),
                all.htmlViews(),
                Map.of(catalogus.catalogIri(), catalogus.graphIri())));
        return all.list();
    }

    private void releasePort() {
        if (reservedPort != null) {
            reservedPort.close();
            reservedPort = null;
        }
    }

    /** Stops serving, finishes pending publications, and closes the data folder. */
    public synchronized void stop() {
        releasePort();
        if (publisher != null) {
            publisher.stopFollowing();
        }
        for (Feature f : features.reversed()) {
            f.close();
        }
        if (app != null) {
            app.stop();
            app = null;
        }
        if (externalStore != null) {
            externalStore.close();
            externalStore = null;
        }
        if (publisher != null) {
            publisher.close();
        }
        if (linkedData != null) {
            linkedData.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (db != null) {
            db.close();
        }
        DataFolder.makePrivate(settings.dataDir());
    }

    public int port() {
        return app.port();
    }

    /**
     * Every HTTP route this node answers, as "METHOD /path/{param}", from Javalin's own table; the SPARQL endpoint is
     * served beside it at {@link SparqlEndpoint#PATH} (GET and POST). The fuzz suite sends each of them junk.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
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

    /** Where the truth is kept: the PostgreSQL database it was given, else central.db in the data folder. */
    public DatabaseAddress database() {
        return settings.database() != null
                ? settings.database()
                : DatabaseAddress.sqlite(settings.dataDir().resolve("central.db"));
    }

    /** Fleet monitoring settings: as built, else fleet.json in the data folder, else the demo's or the defaults. */
    private FleetSettings fleetSettings(Core core) {
        if (settings.fleet() != null) {
            return settings.fleet();
        }
        Path file = settings.dataDir().resolve("fleet.json");
        return settings.demoContent() && !Files.exists(file)
                ? FleetSettings.demo(AlarmFeature.demoWebhook("http://localhost:" + settings.port() + "/"))
                : FleetSettings.read(core.json(), file);
    }

    static ObjectMapper jsonMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private record Settings(
            Path dataDir,
            DatabaseAddress database,
            String sparqlStore,
            String host,
            int port,
            String baseUri,
            boolean demoContent,
            Duration queryTimeout,
            long maxRequestBytes,
            Clock clock,
            long maxResults,
            CatalogusSettings catalogus,
            int privacyThreshold,
            Publicatieperiode publicatieperiode,
            Duration contactBewaartermijn,
            DumpSchedule dumps,
            Duration contactControle,
            FleetSettings fleet,
            TrustedProxies trustedProxies) {}

    /** Settings with sensible defaults; only the data folder has none. */
    public static final class Builder {
        private Path dataDir;
        private DatabaseAddress database;
        private String sparqlStore;
        private String host = "0.0.0.0";
        private int port = 8080;
        private String baseUri;
        private boolean demoContent;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxResults = 10_000;
        private int privacyThreshold = Waarnemingsstatus.DEFAULT_THRESHOLD;
        private Duration publicatieperiode;
        private Duration contactBewaartermijn = Duration.ofDays(90);
        private DumpSchedule dumps = DumpSchedule.DEFAULT;
        private Duration contactControle = Duration.ofSeconds(10);
        // A reserved .example domain (RFC 2606): the demo shows where the address goes without mailing anyone real.
        private CatalogusSettings catalogus = CatalogusSettings.defaults(DemoContent.GEMEENTE, "Gemeente Zwolle")
                .withContactEmail("open-data@gemeente.example");
        private long maxRequestBytes = 4 * 1024 * 1024;
        private Clock clock = Clock.systemUTC();
        private FleetSettings fleet;
        private TrustedProxies trustedProxies = TrustedProxies.none();

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * Where the truth is kept: a PostgreSQL database (several central nodes may share it), instead of the SQLite
         * file {@code central.db} in the data folder.
         */
        public Builder database(DatabaseAddress database) {
            this.database = database;
            return this;
        }

        /**
         * Also publishes every graph into this standalone SPARQL 1.1 store (Fuseki's dataset URL, e.g.
         * http://fuseki:3030/buurtstem), for a public endpoint with more readers than one node can serve.
         */
        public Builder sparqlStore(String datasetUrl) {
            this.sparqlStore = datasetUrl;
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

        /**
         * How long poll answers wait before they are published: a day by default, a minute for demo content. Shorter
         * than a day only with demo content.
         */
        public Builder publicatieperiode(Duration publicatieperiode) {
            this.publicatieperiode = publicatieperiode;
            return this;
        }

        /**
         * How long after an idea was answered, turned into something or closed the contact details its resident left
         * are kept (default 90 days); then they are wiped.
         */
        public Builder contactBewaartermijn(Duration contactBewaartermijn) {
            if (contactBewaartermijn.isNegative()) {
                throw new IllegalArgumentException("the contact retention cannot be negative");
            }
            this.contactBewaartermijn = contactBewaartermijn;
            return this;
        }

        /**
         * When the dumps follow publications: after {@code quiet} without a change (default 2 s), at the latest
         * {@code atLatest} after the first change not yet in them (default a minute).
         */
        public Builder dumps(Duration quiet, Duration atLatest) {
            this.dumps = new DumpSchedule(quiet, atLatest);
            return this;
        }

        /**
         * How often the node looks for contact details past their term (default every 10 seconds, one indexed query;
         * a term shorter than that is looked at as often as the term).
         */
        public Builder contactControle(Duration elk) {
            if (elk.isNegative() || elk.isZero()) {
                throw new IllegalArgumentException("the contact check needs an interval above zero");
            }
            this.contactControle = elk;
            return this;
        }

        /** The licence of every dataset and distribution, an IRI from the EU licence list (default CC0 1.0). */
        public Builder licence(String licenceIri) {
            this.catalogus = new CatalogusSettings(
                    catalogus.gemeentecode(),
                    catalogus.gemeentenaam(),
                    licenceIri,
                    licenceIri.substring(licenceIri.lastIndexOf('/') + 1),
                    catalogus.contactEmail());
            return this;
        }

        /** Who publishes the open data (TOOI gemeente) and under which licence (default CC0 1.0). */
        public Builder catalogus(CatalogusSettings catalogus) {
            this.catalogus = catalogus;
            return this;
        }

        /** Where reusers write with questions about the open data: the catalogue's contact point. */
        public Builder contactEmail(String email) {
            this.catalogus = catalogus.withContactEmail(email);
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

        /**
         * The reverse proxies (by IP address) whose X-Forwarded-Proto, -Host and -For the node believes: behind a TLS
         * proxy the session cookie is then Secure and HSTS is sent. Default: none.
         */
        public Builder trustedProxies(List<String> addresses) {
            this.trustedProxies = TrustedProxies.of(addresses);
            return this;
        }

        public CentralNode build() {
            if (dataDir == null) {
                throw new IllegalStateException("the central node needs a data folder");
            }
            // URIs are minted under the real port, so it is chosen (when 0) and held now, until the server takes it.
            PortReservation reserved = PortReservation.of(port);
            int chosenPort = reserved.port();
            String base = baseUri != null ? baseUri : "http://localhost:" + chosenPort + "/";
            return new CentralNode(
                    new Settings(
                            dataDir,
                            database,
                            sparqlStore,
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
                            new Publicatieperiode(
                                    publicatieperiode != null
                                            ? publicatieperiode
                                            : demoContent ? Duration.ofMinutes(1) : Publicatieperiode.KORTSTE,
                                    demoContent),
                            contactBewaartermijn,
                            dumps,
                            contactControle,
                            fleet,
                            trustedProxies),
                    reserved);
        }
    }
}
