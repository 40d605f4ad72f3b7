package nl.buurtstem.opendata.hartslag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.store.StoreException;

/**
 * Heartbeats as received: the latest per kiosk for the overview, and a history for trends and the kiosk's page.
 * History older than {@link #KEEP} is pruned: staff look back weeks, not years.
 */
public final class HartslagStore {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
                    "hartslag",
                    List.of(
                            "CREATE TABLE kiosk_hartslag (kiosk_id TEXT NOT NULL, received_at INTEGER NOT NULL, data TEXT NOT NULL)",
                            "CREATE INDEX kiosk_hartslag_by_kiosk ON kiosk_hartslag(kiosk_id, received_at)",
                            "CREATE TABLE kiosk_laatste_hartslag (kiosk_id TEXT PRIMARY KEY, received_at INTEGER NOT NULL, data TEXT NOT NULL)"))
            .formerly("fleet-monitor#0", "fleet-monitor#1", "fleet-monitor#2");

    static final Duration KEEP = Duration.ofDays(35);

    private final Database db;
    private final ObjectMapper json;

    HartslagStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    void save(String kioskId, Hartslag hartslag) {
        String data = write(hartslag);
        long at = hartslag.receivedAt().toEpochMilli();
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO kiosk_hartslag(kiosk_id, received_at, data) VALUES (?, ?, ?)")) {
                s.setString(1, kioskId);
                s.setLong(2, at);
                s.setString(3, data);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO kiosk_laatste_hartslag(kiosk_id, received_at, data) "
                            + "VALUES (?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET received_at = excluded.received_at, data = excluded.data")) {
                s.setString(1, kioskId);
                s.setLong(2, at);
                s.setString(3, data);
                s.executeUpdate();
            }
        });
    }

    /** The latest heartbeat of every kiosk that ever sent one. */
    Map<String, Hartslag> latest() {
        return db.transaction(c -> {
            Map<String, Hartslag> result = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT kiosk_id, data FROM kiosk_laatste_hartslag");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), read(rs.getString(2)));
                }
            }
            return result;
        });
    }

    Optional<Hartslag> latest(String kioskId) {
        return db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT data FROM kiosk_laatste_hartslag WHERE kiosk_id = ?")) {
                q.setString(1, kioskId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.<Hartslag>empty();
                }
            }
        });
    }

    /** The kiosk's heartbeats since {@code since}, oldest first. */
    public List<Hartslag> history(String kioskId, Instant since) {
        return db.transaction(c -> {
            List<Hartslag> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT data FROM kiosk_hartslag WHERE kiosk_id = ? "
                    + "AND received_at >= ? ORDER BY received_at")) {
                q.setString(1, kioskId);
                q.setLong(2, since.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs.getString(1)));
                    }
                }
            }
            return result;
        });
    }

    public void prune(Instant now) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM kiosk_hartslag WHERE received_at < ?")) {
                s.setLong(1, now.minus(KEEP).toEpochMilli());
                s.executeUpdate();
            }
        });
    }

    private String write(Hartslag hartslag) {
        try {
            return json.writeValueAsString(hartslag);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot store a heartbeat", e);
        }
    }

    private Hartslag read(String data) {
        try {
            return json.readValue(data, Hartslag.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored heartbeat is unreadable", e);
        }
    }
}
