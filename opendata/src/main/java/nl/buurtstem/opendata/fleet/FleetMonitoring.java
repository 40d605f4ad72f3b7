package nl.buurtstem.opendata.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.StaffAuth;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.BearerToken;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opendata.wijk.WijkkaartStore;

/**
 * Fleet monitoring on the central node: heartbeats in, statuses and alerts out, a staff dashboard at
 * {@value #DASHBOARD}, remote actions, and Prometheus metrics at /metrics.
 *
 * <pre>{@code
 * Migrations.apply(db, List.of(..., FleetMonitoring.SCHEMA));
 * FleetMonitoring fleet = new FleetMonitoring(db, json, kiosks, wijken, staffAuth, sync::authenticate, settings, clock, url,
 *         false, Optional.empty(), Optional::empty, BearerToken.fromFile(dataDir.resolve("metrics-token")));
 * Javalin.create(cfg -> fleet.install(cfg)); fleet.start(); ... fleet.close();
 * }</pre>
 */
public final class FleetMonitoring implements AutoCloseable {

    public static final Migrations.Steps SCHEMA = HartslagStore.SCHEMA;
    public static final String DASHBOARD = "/beheer/kiosks";

    private final HeartbeatRoutes heartbeats;
    private final DashboardRoutes dashboard;
    private final OpstartkaartRoutes opstartkaarten;
    private final MetricsRoute metrics;
    private final AlertMonitor monitor;
    private final DemoWebhookInbox demoInbox;

    /**
     * @param centralUrl  this node's public address, for links in alerts
     * @param demo        also receive the demo's webhook at /demo/webhook
     * @param kaarten     makes boot cards for the dashboard's "Kiosk aanmelden", when the provisioning module is there
     * @param releaseKey  the published release key, which every boot card carries
     * @param metricsToken what Prometheus sends to scrape /metrics
     */
    public FleetMonitoring(
            Database db,
            ObjectMapper json,
            KioskRegistry registry,
            WijkStore wijken,
            StaffAuth staff,
            KioskAuth auth,
            FleetSettings settings,
            Clock clock,
            String centralUrl,
            boolean demo,
            Optional<Opstartkaarten> kaarten,
            Supplier<Optional<String>> releaseKey,
            BearerToken metricsToken) {
        HartslagStore hartslagen = new HartslagStore(db, json);
        Acties acties = new Acties(db, json);
        Gebeurtenissen gebeurtenissen = new Gebeurtenissen(db);
        Screenshots screenshots = new Screenshots(db);
        AlertStore alerts = new AlertStore(db);
        FleetOverview overview = new FleetOverview(registry, hartslagen, new StatusRules(settings), clock);
        HartslagOntvangst ontvangst = new HartslagOntvangst(hartslagen, acties, gebeurtenissen, settings, clock);
        heartbeats = new HeartbeatRoutes(json, auth, ontvangst, acties, screenshots, gebeurtenissen, settings, clock);
        // The same outlines the kiosks draw; a store over the shared database, so reading it here changes nothing.
        WijkkaartStore kaart = new WijkkaartStore(db, json);
        FleetAccess access = new FleetAccess(staff);
        AuditLog audit = new AuditLog(db);
        dashboard = new DashboardRoutes(
                json,
                access,
                overview,
                wijken,
                kaart,
                alerts,
                acties,
                screenshots,
                gebeurtenissen,
                audit,
                new Trends(hartslagen, settings, clock),
                clock);
        opstartkaarten = new OpstartkaartRoutes(
                json,
                access,
                new Aanmelding(registry, wijken),
                kaarten,
                releaseKey,
                centralUrl,
                audit,
                gebeurtenissen,
                clock);
        metrics = new MetricsRoute(
                overview,
                alerts,
                ontvangst,
                ctx -> metricsToken.carriedBy(ctx) || staff.current(ctx).isPresent());
        List<AlertNotifier> notifiers = new ArrayList<>();
        if (settings.webhookUrl() != null && !settings.webhookUrl().isBlank()) {
            notifiers.add(new WebhookNotifier(json, settings.webhookUrl()));
        }
        if (settings.smtp() != null) {
            notifiers.add(new MailNotifier(settings.smtp()));
        }
        String dashboardUrl = centralUrl.replaceAll("/+$", "") + DASHBOARD + "/";
        monitor = new AlertMonitor(
                overview,
                hartslagen,
                alerts,
                new AlertBezorgingen(db, settings.checkEvery()),
                new AlertRules(settings),
                gebeurtenissen,
                notifiers,
                settings,
                clock,
                dashboardUrl);
        demoInbox = demo ? new DemoWebhookInbox(json) : null;
    }

    /** Fleet settings for the demo: quick to show a kiosk going offline, and open around the clock. */
    public static FleetSettings demoSettings(String centralUrl) {
        return FleetSettings.defaults()
                .withTimes(
                        java.time.Duration.ofSeconds(10),
                        java.time.Duration.ofSeconds(25),
                        java.time.Duration.ofSeconds(40),
                        java.time.Duration.ofSeconds(45),
                        java.time.Duration.ofSeconds(5))
                .withOpeningHours(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT)
                .withWebhook(centralUrl.replaceAll("/+$", "") + DemoWebhookInbox.PATH);
    }

    public void install(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = DASHBOARD;
            files.directory = "/fleet-ui";
            files.location = Location.CLASSPATH;
        });
        heartbeats.install(cfg);
        dashboard.install(cfg);
        opstartkaarten.install(cfg);
        metrics.install(cfg);
        if (demoInbox != null) {
            demoInbox.install(cfg);
        }
    }

    /** Starts the alert rules. */
    public void start() {
        monitor.start();
    }

    @Override
    public void close() {
        monitor.close();
    }
}
