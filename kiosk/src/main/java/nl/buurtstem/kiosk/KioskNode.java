package nl.buurtstem.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.hardware.HardwareConfig;
import nl.buurtstem.hardware.HealthProbe;
import nl.buurtstem.hardware.KioskPanel;
import nl.buurtstem.hardware.ScreenState;
import nl.buurtstem.hardware.SimulatedButtons;
import nl.buurtstem.kiosk.fleet.FleetSettings;
import nl.buurtstem.kiosk.fleet.KioskFleet;
import nl.buurtstem.kiosk.gebeurd.GebeurdRoutes;
import nl.buurtstem.kiosk.host.HostPin;
import nl.buurtstem.kiosk.host.HostRoutes;
import nl.buurtstem.kiosk.idee.IdeeRoutes;
import nl.buurtstem.kiosk.idee.IdeeService;
import nl.buurtstem.kiosk.inbreng.InbrengRoutes;
import nl.buurtstem.kiosk.inbreng.InbrengService;
import nl.buurtstem.kiosk.initiatief.FotoCache;
import nl.buurtstem.kiosk.initiatief.InitiatiefRoutes;
import nl.buurtstem.kiosk.paneel.HulpknopRoutes;
import nl.buurtstem.kiosk.paneel.SchermRegie;
import nl.buurtstem.kiosk.paneel.StatusLamp;
import nl.buurtstem.kiosk.peiling.AnswerButtons;
import nl.buurtstem.kiosk.peiling.PeilingRoutes;
import nl.buurtstem.kiosk.peiling.PeilingService;
import nl.buurtstem.kiosk.plan.PlanRoutes;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.kiosk.sync.SignedClient;
import nl.buurtstem.kiosk.sync.SyncLoop;
import nl.buurtstem.kiosk.taal.VertalingRoutes;
import nl.buurtstem.kiosk.voorlezen.VoorleesRoutes;
import nl.buurtstem.kiosk.voorlezen.Voorlezer;
import nl.buurtstem.kiosk.web.Problems;
import nl.buurtstem.kiosk.wijkbudget.WijkbudgetRoutes;
import nl.buurtstem.kiosk.wijkbudget.WijkbudgetService;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The kiosk in a buurthuis: the touch screen's web app, the physical panel, and the sync to the central node.
 *
 * <pre>{@code
 * KioskNode kiosk = KioskNode.builder(KioskConfig.read(Path.of("data/kiosk/kiosk.json")))
 *         .dataDir(Path.of("data/kiosk")).port(8081).build().start();
 * }</pre>
 */
public final class KioskNode {

    /** Every feature's tables, in the order they are made; a new feature adds its steps here. */
    static final List<Migrations.Steps> SCHEMA = List.of(
            Outbox.SCHEMA,
            LocalContent.SCHEMA,
            PeilingService.SCHEMA,
            IdeeService.SCHEMA,
            WijkbudgetService.SCHEMA,
            KioskFleet.SCHEMA);

    private final KioskConfig config;
    private final Settings settings;
    private Database db;
    private GpioPlatform gpio;
    private KioskFleet fleet;
    private SyncLoop sync;
    private SchermRegie scherm;
    private final Clock panelClock;
    private Javalin app;
    private Optional<SimulatedButtons> buttons = Optional.empty();

    private KioskNode(KioskConfig config, Clock panelClock, Settings settings) {
        this.config = config;
        this.panelClock = panelClock;
        this.settings = settings;
    }

    public static Builder builder(KioskConfig config) {
        return new Builder(config);
    }

    public synchronized KioskNode start() {
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        db = Database.open(settings.dataDir().resolve("kiosk.db"));
        Migrations.apply(db, SCHEMA);
        Outbox outbox = new Outbox(db);
        LocalContent content = new LocalContent(db, json);
        SignedClient central = new SignedClient(json, config.centralUrl(), Clock.systemUTC());
        sync = new SyncLoop(
                json,
                central,
                outbox,
                content,
                settings.dataDir().resolve("credentials.json"),
                config.enrollmentToken(),
                settings.syncInterval());
        PeilingService peilingen =
                new PeilingService(db, json, content, settings.answerCooldown(), Clock.systemUTC(), sync::wake);

        HardwareConfig hardware = HardwareConfig.from(config.hardware());
        gpio = GpioPlatform.open(
                settings.gpio() == GpioPlatform.Choice.AUTO ? hardware.platform() : settings.gpio(),
                hardware.gpioChip());
        KioskPanel panel = gpio.panel(hardware.pins(), hardware.timing(), panelClock, gpio.delays());
        scherm = new SchermRegie(panel, content, hardware.dimAfter(), panelClock);
        new AnswerButtons(panel, peilingen, db, json, scherm::open).connect();
        buttons = gpio.simulatedButtons();
        StatusLamp lamp = new StatusLamp(panel, sync::status);
        sync.onStatus(lamp);
        scherm.everyTick(lamp::refresh);
        HulpknopRoutes hulpknop = new HulpknopRoutes(panel, scherm, panelClock);

        PeilingRoutes peilingRoutes = new PeilingRoutes(peilingen, json);
        List<Consumer<JavalinConfig>> bewonersRoutes = List.of(
                new PlanRoutes(content, json)::install,
                new InitiatiefRoutes(
                                content,
                                json,
                                new FotoCache(
                                        settings.dataDir().resolve("fotos"), content, config.fotoHostsMetCentrale()))
                        ::install,
                new VertalingRoutes(content)::install,
                new GebeurdRoutes(content)::install,
                new IdeeRoutes(new IdeeService(db, json, Clock.systemUTC(), sync::wake), json)::install,
                new InbrengRoutes(
                        new InbrengService(db, json, central, settings.dataDir().resolve("credentials.json")))::install,
                new WijkbudgetRoutes(new WijkbudgetService(db, json, content, Clock.systemUTC(), sync::wake), json)
                        ::install,
                new VoorleesRoutes(new Voorlezer(settings.dataDir().resolve("voorlezen"), "espeak-ng"), content, json)
                        ::install);
        fleet = new KioskFleet(
                json,
                central,
                settings.dataDir().resolve("credentials.json"),
                settings.dataDir(),
                db,
                settings.fleet(),
                sync::status,
                sync::wake,
                HealthProbe.forThisMachine(settings.dataDir())::read,
                () -> panel.state().screen() != ScreenState.OFF,
                this::url,
                Clock.systemUTC());
        HostRoutes host = new HostRoutes(
                sync,
                buttons,
                panel,
                HostPin.of(config.hostPin(), settings.dataDir(), Clock.systemUTC()),
                HealthProbe.forThisMachine(settings.dataDir()));
        app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.startup.showJavalinBanner = false;
            // One browser and the host's phone, on a Pi: Javalin's default pool (8 threads kept, up to 250) only costs
            // memory here, each kept thread its stack and its own native allocations.
            cfg.jetty.threadPool = new QueuedThreadPool(16, 2);
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/kiosk-ui";
                files.location = Location.CLASSPATH;
            });
            Problems.install(cfg);
            cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "version", KioskVersion.current())));
            peilingRoutes.install(cfg);
            bewonersRoutes.forEach(routes -> routes.accept(cfg));
            host.install(cfg);
            hulpknop.install(cfg);
            fleet.install(cfg);
        });
        app.start(settings.host(), settings.port());
        sync.start();
        fleet.start();
        scherm.start();
        return this;
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
        }
        if (sync != null) {
            sync.close();
        }
        if (scherm != null) {
            scherm.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (gpio != null) {
            gpio.close();
        }
        if (db != null) {
            db.close();
        }
    }

    public int port() {
        return app.port();
    }

    /** Every route the kiosk serves, as "METHOD /path/{param}" (the fuzz suite walks them). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Present when the panel is simulated (no Raspberry Pi): lets the demo and tests press buttons. */
    public Optional<SimulatedButtons> simulatedButtons() {
        return buttons;
    }

    private record Settings(
            Path dataDir,
            String host,
            int port,
            GpioPlatform.Choice gpio,
            Duration syncInterval,
            Duration answerCooldown,
            FleetSettings fleet) {}

    /** Kiosk settings with defaults for a buurthuis; only the data folder has none. */
    public static final class Builder {
        private final KioskConfig config;
        private Path dataDir;
        // Only this machine's browser talks to the kiosk: others on the buurthuis network could post answers and
        // guess stemcodes.
        private String host = "127.0.0.1";
        private int port = 8081;
        private GpioPlatform.Choice gpio = GpioPlatform.Choice.AUTO;
        private Duration syncInterval = Duration.ofSeconds(5);
        private Duration answerCooldown = Duration.ofSeconds(4);
        private Clock panelClock = Clock.systemUTC();
        private FleetSettings fleet;

        private Builder(KioskConfig config) {
            this.config = config;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The address to listen on; default the loopback address, "0.0.0.0" for every interface. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder gpio(GpioPlatform.Choice gpio) {
            this.gpio = gpio;
            return this;
        }

        public Builder syncInterval(Duration syncInterval) {
            this.syncInterval = syncInterval;
            return this;
        }

        /** How long after an answer the same poll is not counted again here; zero counts every tap. */
        /** The clock the buttons' debounce and repeat interval and the opening hours are judged by; tests move their own. */
        public Builder panelClock(Clock panelClock) {
            this.panelClock = panelClock;
            return this;
        }

        public Builder answerCooldown(Duration answerCooldown) {
            this.answerCooldown = answerCooldown;
            return this;
        }

        /** Heartbeats, watchdog and remote-action commands; default: what this machine offers. */
        public Builder fleet(FleetSettings fleet) {
            this.fleet = fleet;
            return this;
        }

        public KioskNode build() {
            if (dataDir == null) {
                throw new IllegalStateException("the kiosk needs a data folder");
            }
            return new KioskNode(
                    config,
                    panelClock,
                    new Settings(
                            dataDir,
                            host,
                            port,
                            gpio,
                            syncInterval,
                            answerCooldown,
                            fleet != null ? fleet : FleetSettings.forThisMachine()));
        }
    }
}
