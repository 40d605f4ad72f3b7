package nl.buurtstem.opendata.actie;

import java.util.List;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Remote actions staff ask of a kiosk (refresh, reload, a message, a screenshot, restart): handed out in every
 * heartbeat reply until the kiosk reports what became of them, which is recorded; a requested screenshot is kept per
 * kiosk.
 */
public final class ActieFeature implements Feature {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
                    "actie",
                    List.of(
                            "CREATE TABLE kiosk_actie (id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, soort TEXT NOT NULL, "
                                    + "params TEXT NOT NULL, door TEXT NOT NULL, gevraagd_at TEXT NOT NULL, verstuurd_at TEXT, "
                                    + "klaar_at TEXT, ok INTEGER, bericht TEXT)",
                            "CREATE TABLE kiosk_screenshot (kiosk_id TEXT PRIMARY KEY, actie_id TEXT, at TEXT NOT NULL, "
                                    + "png BLOB NOT NULL)"))
            .formerly("fleet-monitor#3", "fleet-monitor#4");

    private final Acties acties;
    private final Screenshots screenshots;

    public ActieFeature(Core core) {
        this.acties = new Acties(core.db(), core.json());
        this.screenshots = new Screenshots(core.db());
    }

    public Acties acties() {
        return acties;
    }

    public Screenshots screenshots() {
        return screenshots;
    }

    @Override
    public List<Migrations.Steps> schema() {
        return List.of(SCHEMA);
    }
}
