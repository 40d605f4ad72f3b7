package nl.buurtstem.kiosk.fleet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;

/**
 * The remote actions this kiosk began, in its database before it carries one out: the central node hands an action out
 * until it hears what became of it, so the same id can come again (a lost report, or a restart that ended this app
 * before it could report), and it must never restart or reboot the kiosk twice. Each outcome waits here until a
 * heartbeat carrying it was answered.
 */
final class BegonnenActies {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "fleet",
            List.of("CREATE TABLE IF NOT EXISTS actie_begonnen (id TEXT PRIMARY KEY, type TEXT NOT NULL, "
                    + "begonnen_at TEXT NOT NULL, ok INTEGER, bericht TEXT, gemeld INTEGER NOT NULL DEFAULT 0)"));

    /** Long after the central node heard the outcome, so it will not hand the action out again. */
    private static final Duration KEEP = Duration.ofDays(30);

    private final Database db;

    BegonnenActies(Database db) {
        this.db = db;
    }

    /**
     * Notes that this kiosk begins the action now; false when it began it before, and then its outcome is reported
     * again, since the central node evidently did not get it.
     */
    boolean begin(String id, String type, Instant at) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO actie_begonnen(id, type, begonnen_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING")) {
                s.setString(1, id);
                s.setString(2, type);
                s.setString(3, at.toString());
                if (s.executeUpdate() > 0) {
                    return true;
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE actie_begonnen SET gemeld = 0 WHERE id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            return false;
        });
    }

    void finish(RemoteActions.Result result) {
        db.transaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE actie_begonnen SET ok = ?, bericht = ?, gemeld = 0 WHERE id = ?")) {
                s.setInt(1, result.ok() ? 1 : 0);
                s.setString(2, result.message());
                s.setString(3, result.action());
                return s.executeUpdate();
            }
        });
    }

    /**
     * Settles what an earlier run of this app began and never finished: a restart or reboot ended that run, so
     * running again is its outcome; anything else was cut short by it. Also forgets outcomes reported long ago.
     */
    void settleAfterStart(Instant now) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE actie_begonnen SET ok = 1, bericht = ? "
                    + "WHERE ok IS NULL AND type IN ('restart-app', 'reboot')")) {
                s.setString(1, "started again at " + now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE actie_begonnen SET ok = 0, bericht = 'interrupted by a restart of the kiosk' "
                            + "WHERE ok IS NULL")) {
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM actie_begonnen WHERE gemeld = 1 AND begonnen_at < ?")) {
                s.setString(1, now.minus(KEEP).toString());
                return s.executeUpdate();
            }
        });
    }

    /** Outcomes the central node has not confirmed yet, oldest first. */
    List<RemoteActions.Result> unreported() {
        return db.transaction(c -> {
            List<RemoteActions.Result> results = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, ok, bericht FROM actie_begonnen "
                            + "WHERE ok IS NOT NULL AND gemeld = 0 ORDER BY begonnen_at, id");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    results.add(new RemoteActions.Result(rs.getString(1), rs.getInt(2) != 0, rs.getString(3)));
                }
            }
            return results;
        });
    }

    /** A heartbeat carrying these outcomes was answered: the central node has them. */
    void reported(List<RemoteActions.Result> results) {
        if (results.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE actie_begonnen SET gemeld = 1 WHERE id = ?")) {
                for (RemoteActions.Result r : results) {
                    s.setString(1, r.action());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
