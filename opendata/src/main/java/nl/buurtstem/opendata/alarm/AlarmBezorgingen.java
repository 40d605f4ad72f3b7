package nl.buurtstem.opendata.alarm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;

/**
 * Alarm messages that one channel failed to deliver and that are tried again later. Kept in the database, so a
 * mail server that is down while the central node restarts still gets the alert once it is back.
 */
final class AlarmBezorgingen {

    /** How many tries a message gets in all; with the doubling wait capped at an hour, about six hours. */
    static final int MAX_POGINGEN = 12;

    private static final Duration MAX_WACHT = Duration.ofHours(1);

    /** One message waiting for its next try over one channel. */
    record Uitgesteld(long alertId, boolean herstel, String kanaal, int pogingen, String fout) {}

    private final Database db;
    private final Duration eersteWacht;

    /** @param eersteWacht the wait before the first retry; it doubles with every failed try */
    AlarmBezorgingen(Database db, Duration eersteWacht) {
        this.db = db;
        this.eersteWacht = eersteWacht;
    }

    /** Notes a failed try; the message is tried again after a wait that doubles with every try. */
    void mislukt(long alertId, boolean herstel, String kanaal, int pogingen, String fout, Instant now) {
        Duration wacht = eersteWacht.multipliedBy(1L << Math.max(0, Math.min(pogingen - 1, 20)));
        Instant volgende = now.plus(wacht.compareTo(MAX_WACHT) > 0 ? MAX_WACHT : wacht);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO fleet_alert_bezorging(alert_id, herstel, kanaal, "
                            + "pogingen, volgende_at, fout) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(alert_id, herstel, kanaal) DO UPDATE "
                            + "SET pogingen = excluded.pogingen, volgende_at = excluded.volgende_at, fout = excluded.fout")) {
                s.setLong(1, alertId);
                s.setInt(2, herstel ? 1 : 0);
                s.setString(3, kanaal);
                s.setInt(4, pogingen);
                s.setLong(5, volgende.toEpochMilli());
                s.setString(6, fout);
                s.executeUpdate();
            }
        });
    }

    /** Delivered after all, or given up: the message waits no longer. */
    void klaar(Uitgesteld bezorging) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM fleet_alert_bezorging WHERE alert_id = ? AND herstel = ? AND kanaal = ?")) {
                s.setLong(1, bezorging.alertId());
                s.setInt(2, bezorging.herstel() ? 1 : 0);
                s.setString(3, bezorging.kanaal());
                s.executeUpdate();
            }
        });
    }

    /** Whether the alert's own message still waits for a channel: its recovery notice must not overtake it. */
    boolean alarmWacht(long alertId, String kanaal) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM fleet_alert_bezorging WHERE alert_id = ? " + "AND herstel = 0 AND kanaal = ?")) {
                q.setLong(1, alertId);
                q.setString(2, kanaal);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The messages whose next try is due, an alert before its recovery notice. */
    List<Uitgesteld> aanDeBeurt(Instant now) {
        return db.transaction(c -> {
            List<Uitgesteld> due = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT alert_id, herstel, kanaal, pogingen, fout FROM "
                    + "fleet_alert_bezorging WHERE volgende_at <= ? ORDER BY alert_id, herstel")) {
                q.setLong(1, now.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Uitgesteld(
                                rs.getLong(1), rs.getInt(2) == 1, rs.getString(3), rs.getInt(4), rs.getString(5)));
                    }
                }
            }
            return due;
        });
    }
}
