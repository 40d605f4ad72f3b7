package nl.buurtstem.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtstem.kiosk.store.Database;

/**
 * Events waiting for the central node, numbered by the kiosk's own sequence. An event leaves the outbox
 * only when the central node acknowledged it as committed.
 */
public final class Outbox {

    /** One event as stored and sent. */
    public record Event(long seq, String id, String type, Instant at, String data) {
    }

    private final Database db;

    public Outbox(Database db) {
        this.db = db;
        // AUTOINCREMENT: a sequence number is never reused, even after the outbox is emptied.
        db.ensure("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
                + "type TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL)");
    }

    /** Queues an event inside the caller's transaction and returns its sequence number. */
    public static long append(Connection c, String type, String jsonData, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox(id, type, at, data) VALUES (?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, type);
            s.setString(3, at.toString());
            s.setString(4, jsonData);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public List<Event> oldest(int limit) {
        return db.transaction(c -> {
            List<Event> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT seq, id, type, at, data FROM outbox ORDER BY seq LIMIT ?")) {
                q.setInt(1, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3),
                                Instant.parse(rs.getString(4)), rs.getString(5)));
                    }
                }
            }
            return events;
        });
    }

    /** Forgets every event up to and including {@code seq}: the central node has committed them. */
    public void acknowledge(long seq) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE seq <= ?")) {
                s.setLong(1, seq);
                return s.executeUpdate();
            }
        });
    }

    public long size() {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
