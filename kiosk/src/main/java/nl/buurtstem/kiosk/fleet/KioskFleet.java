package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import nl.buurtstem.hardware.Health;
import nl.buurtstem.kiosk.KioskVersion;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.Credentials;
import nl.buurtstem.kiosk.sync.SignedClient;
import nl.buurtstem.kiosk.sync.SyncStatus;

/**
 * The kiosk's side of fleet monitoring: heartbeats to the central node, remote actions from the dashboard,
 * the kiosk page's "alive" ping and the watchdog that restarts a dead browser.
 *
 * <pre>{@code
 * KioskFleet fleet = new KioskFleet(json, central, credentialsFile, dataDir, db, FleetSettings.forThisMachine(),
 *         sync::status, sync::wake, probe::read, () -> null, node::url, clock);
 * Javalin.create(cfg -> fleet.install(cfg)); fleet.start(); ... fleet.close();
 * }</pre>
 */
public final class KioskFleet implements AutoCloseable {

    /** The remote actions this kiosk began, so none is carried out twice. */
    public static final Migrations.Steps SCHEMA = BegonnenActies.SCHEMA;

    private final PageLiveness page;
    private final HartslagLoop loop;

    /**
     * @param health    the computer's health (hardware module); values it cannot read are reported as unknown
     * @param screenOn  whether the screen is on, or null when unknown
     * @param kioskPage the kiosk page's own address, for screenshots rendered by Chromium headless
     */
    public KioskFleet(
            ObjectMapper json,
            SignedClient central,
            Path credentialsFile,
            Path dataDir,
            Database db,
            FleetSettings settings,
            Supplier<SyncStatus> sync,
            Runnable refreshContent,
            Supplier<Health> health,
            Supplier<Boolean> screenOn,
            Supplier<String> kioskPage,
            Clock clock) {
        page = new PageLiveness(clock);
        Incidents incidents = new Incidents(clock);
        CommandRunner commands = new CommandRunner();
        HartslagClient client = new HartslagClient(json, central);
        Watchdog watchdog = new Watchdog(page, settings, commands, incidents, clock);
        RemoteActions actions = new RemoteActions(
                page,
                refreshContent,
                new Screenshotter(settings, commands, kioskPage),
                (id, png) -> client.screenshot(Credentials.load(credentialsFile).orElseThrow(), id, png),
                commands,
                settings,
                incidents,
                clock);
        HartslagReport report = new HartslagReport(
                KioskVersion.describe(KioskVersion.current(), dataDir),
                sync,
                new AnswersToday(db, clock, ZoneId.of("Europe/Amsterdam")),
                health,
                screenOn,
                watchdog,
                page,
                incidents,
                dataDir,
                clock);
        BegonnenActies begun = new BegonnenActies(db);
        begun.settleAfterStart(clock.instant());
        loop = new HartslagLoop(
                json, client, report, actions, begun, watchdog, credentialsFile, settings.heartbeatInterval(), clock);
    }

    public void install(JavalinConfig cfg) {
        new AliveRoutes(page).install(cfg);
    }

    public void start() {
        loop.start();
    }

    @Override
    public void close() {
        loop.close();
    }
}
