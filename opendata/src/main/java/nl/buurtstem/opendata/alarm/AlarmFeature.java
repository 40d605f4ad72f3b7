package nl.buurtstem.opendata.alarm;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.hartslag.HartslagFeature;
import nl.buurtstem.opendata.kiosk.KioskFeature;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Alarms: rules over the kiosks' statuses (offline during opening hours, a growing outbox, too hot, a full disk)
 * open an alarm once and close it with a recovery notice; each goes out by webhook and e-mail, retried until
 * delivered.
 */
public final class AlarmFeature implements Feature {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
                    "alarm",
                    List.of(
                            "CREATE TABLE fleet_alert (id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, "
                                    + "soort TEXT NOT NULL, detail TEXT NOT NULL, geopend_at TEXT NOT NULL, gesloten_at TEXT, "
                                    + "melding TEXT, herstelmelding TEXT)",
                            "CREATE UNIQUE INDEX fleet_alert_open ON fleet_alert(kiosk_id, soort) WHERE gesloten_at IS NULL",
                            "CREATE TABLE fleet_alert_bezorging (alert_id INTEGER NOT NULL, herstel INTEGER NOT NULL, "
                                    + "kanaal TEXT NOT NULL, pogingen INTEGER NOT NULL, volgende_at INTEGER NOT NULL, "
                                    + "fout TEXT NOT NULL, PRIMARY KEY (alert_id, herstel, kanaal))"))
            .formerly("fleet-monitor#5", "fleet-monitor#6", "fleet-monitor#9");

    private final AlarmStore alarmen;
    private final AlarmMonitor monitor;
    private final DemoWebhookInbox demoInbox;

    /**
     * @param dashboardUrl where alarms link to, for staff to see the kiosk
     * @param demo         also receive the demo's webhook at /demo/webhook
     */
    public AlarmFeature(
            Core core,
            KioskFeature kiosk,
            HartslagFeature hartslag,
            FleetSettings settings,
            String dashboardUrl,
            boolean demo) {
        this.alarmen = new AlarmStore(core.db());
        List<AlarmNotifier> notifiers = new ArrayList<>();
        if (settings.webhookUrl() != null && !settings.webhookUrl().isBlank()) {
            notifiers.add(new WebhookNotifier(core.json(), settings.webhookUrl()));
        }
        // A relay may be set up only for the wijkupdate's monthly mail, with nobody to alert.
        if (settings.smtp() != null
                && settings.smtp().to() != null
                && !settings.smtp().to().isEmpty()) {
            notifiers.add(new MailNotifier(settings.smtp()));
        }
        this.monitor = new AlarmMonitor(
                hartslag.overview(),
                hartslag.store(),
                alarmen,
                new AlarmBezorgingen(core.db(), settings.checkEvery()),
                new AlarmRegels(settings),
                kiosk.gebeurtenissen(),
                notifiers,
                settings,
                core.clock(),
                dashboardUrl,
                core.cluster(),
                core.db());
        this.demoInbox = demo ? new DemoWebhookInbox(core.json()) : null;
    }

    /** Where the demo's alarms go: a webhook on the node itself, so a newcomer sees one arrive. */
    public static String demoWebhook(String centralUrl) {
        return centralUrl.replaceAll("/+$", "") + DemoWebhookInbox.PATH;
    }

    public AlarmStore alarmen() {
        return alarmen;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(SCHEMA);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        if (demoInbox != null) {
            demoInbox.install(cfg);
        }
    }

    @Override
    public void start() {
        monitor.start();
    }

    @Override
    public void close() {
        monitor.close();
    }
}
