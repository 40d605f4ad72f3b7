package nl.buurtstem.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;

/**
 * Events waiting for the central node, numbered by the kiosk's own sequence. An event leaves the outbox
 * only when the central node acknowledged it as committed.
 *
 * <p>Features queue their events with {@link #append} inside the transaction that stores their own record,
 * so an answer is never stored without its event, nor the other way round.
 */
public final class Outbox {

    /** One event as stored and sent. */
    public record Event(long seq, String id, String type, Instant at, String data) {}

    /** Marks numbering that was there before this kiosk version: trusted for whichever identity syncs first. */
    private static final String INHERITED = "*";

    /**
     * The queue and the sync's own state. An outbox from before numbering was agreed (no sync_state row) is marked
     * {@link #INHERITED} before the queue is made, so only a queue that was already there is trusted.
     */
    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "sync",
            List.of(
                    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "INSERT INTO sync_state(key, value) SELECT 'numbered_for', '" + INHERITED + "' "
                            + "WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox') "
                            + "AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'numbered_for')",
                    // AUTOINCREMENT: a sequence number is never reused, even after the outbox is emptied.
                    "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                            + "id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL)"));

    private final Database db;

    public Outbox(Database db) {
        this.db = db;
    }

    /**
     * Queues an event inside the caller's transaction and returns its sequence number.
     *
     * @param type     the protocol's event type, e.g. "antwoord"; the central node must have a handler for it
     * @param jsonData the event's data, a JSON object as text
     * @param at       when it happened, by the kiosk's clock
     */
    public static long append(Connection c, String type, String jsonData, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO outbox(id, type, at, data) VALUES (?, ?, ?, ?)",
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

    /** At most {@code limit} of the oldest queued events, in sequence order. */
    public List<Event> oldest(int limit) {
        return after(Long.MIN_VALUE, limit);
    }

    /** At most {@code limit} queued events numbered after {@code seq}, in sequence order. */
    List<Event> after(long seq, int limit) {
        return db.transaction(c -> {
            List<Event> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT seq, id, type, at, data FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                q.setLong(1, seq);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                Instant.parse(rs.getString(4)),
                                rs.getString(5)));
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
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox");
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Whether this outbox's numbering was already agreed with the central node for this kiosk identity. */
    boolean numberedFor(String kioskId) {
        return db.transaction(c -> {
            String owner = numberedFor(c);
            if (INHERITED.equals(owner)) {
                setNumberedFor(c, kioskId);
                return true;
            }
            return kioskId.equals(owner);
        });
    }

    /**
     * Numbers the queued events on from {@code acknowledged}, the central node's count for this identity, and
     * lets new events follow them. Only for events never sent under this identity: a new database (the old one
     * was lost) or a new identity (the kiosk was enrolled again). Their ids stay, so nothing is counted twice.
     */
    void continueAfter(long acknowledged, String kioskId) {
        db.transaction(c -> {
            Long first = single(c, "SELECT min(seq) FROM outbox");
            long last = acknowledged;
            if (first != null) {
                long shift = acknowledged + 1 - first;
                // Through negative numbers, so no row lands on another's number half-way through.
                try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET seq = -(seq + ?)")) {
                    s.setLong(1, shift);
                    s.executeUpdate();
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE outbox SET seq = -seq");
                }
                last = single(c, "SELECT max(seq) FROM outbox");
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sqlite_sequence WHERE name = 'outbox'");
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES ('outbox', ?)")) {
                s.setLong(1, last);
                s.executeUpdate();
            }
            setNumberedFor(c, kioskId);
            return null;
        });
    }

    /** The sequence just below the first queued event: every number up to it was handed out before. */
    long before() {
        return db.transaction(c -> {
            Long first = single(c, "SELECT min(seq) FROM outbox");
            if (first != null) {
                return first - 1;
            }
            Long last = single(c, "SELECT max(seq) FROM sqlite_sequence WHERE name = 'outbox'");
            return last == null ? 0L : last;
        });
    }

    private static String numberedFor(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM sync_state WHERE key = 'numbered_for'");
                ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void setNumberedFor(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_state(key, value) VALUES ('numbered_for', ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, kioskId);
            s.executeUpdate();
        }
    }

    private static Long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql);
                ResultSet rs = q.executeQuery()) {
            long value = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? null : value;
        }
    }
}
