package nl.buurtstem.opendata.alarm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/**
 * The alert log. At most one open alert per kiosk and kind (a unique index says so), which is what keeps
 * staff from getting the same mail every check.
 */
public final class AlarmStore {

    private static final String COLUMNS =
            "id, kiosk_id, soort, detail, geopend_at, gesloten_at, melding, herstelmelding";
    private final Database db;

    AlarmStore(Database db) {
        this.db = db;
    }

    public Alarm open(String kioskId, AlarmSoort soort, String detail, Instant at) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO fleet_alert(kiosk_id, soort, detail, geopend_at) " + "VALUES (?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, kioskId);
                s.setString(2, soort.code());
                s.setString(3, detail);
                s.setString(4, at.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Alarm(
                            keys.getLong(1), kioskId, soort.code(), soort.titel(), detail, at, null, null, null);
                }
            }
        });
    }

    Alarm close(Alarm alert, Instant at) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE fleet_alert SET gesloten_at = ? WHERE id = ?")) {
                s.setString(1, at.toString());
                s.setLong(2, alert.id());
                s.executeUpdate();
            }
        });
        return new Alarm(
                alert.id(),
                alert.kioskId(),
                alert.soort(),
                alert.titel(),
                alert.detail(),
                alert.geopend(),
                at,
                alert.melding(),
                null);
    }

    void noteDelivery(long id, boolean recovery, String outcome) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE fleet_alert SET " + (recovery ? "herstelmelding" : "melding") + " = ? WHERE id = ?")) {
                s.setString(1, outcome);
                s.setLong(2, id);
                s.executeUpdate();
            }
        });
    }

    /** Adds what a later try achieved to the delivery note the alert log shows. */
    void appendDelivery(long id, boolean recovery, String outcome) {
        String column = recovery ? "herstelmelding" : "melding";
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE fleet_alert SET " + column + " = coalesce(" + column + " || '; ', '') || ? WHERE id = ?")) {
                s.setString(1, outcome);
                s.setLong(2, id);
                s.executeUpdate();
            }
        });
    }

    Optional<Alarm> find(long id) {
        return query("WHERE id = ?", id, 1).stream().findFirst();
    }

    public List<Alarm> open() {
        return query("WHERE gesloten_at IS NULL ORDER BY id", null, 10_000);
    }

    public List<Alarm> recent(String kioskId, int limit) {
        return kioskId == null
                ? query("ORDER BY id DESC", null, limit)
                : query("WHERE kiosk_id = ? ORDER BY id DESC", kioskId, limit);
    }

    private List<Alarm> query(String where, Object param, int limit) {
        return db.transaction(c -> {
            List<Alarm> result = new ArrayList<>();
            try (PreparedStatement q =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM fleet_alert " + where + " LIMIT " + limit)) {
                if (param != null) {
                    q.setObject(1, param);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
            }
            return result;
        });
    }

    private static Alarm read(ResultSet rs) throws SQLException {
        String soort = rs.getString(3);
        String titel = Arrays.stream(AlarmSoort.values())
                .filter(s -> s.code().equals(soort))
                .map(AlarmSoort::titel)
                .findFirst()
                .orElse(soort);
        return new Alarm(
                rs.getLong(1),
                rs.getString(2),
                soort,
                titel,
                rs.getString(4),
                Instant.parse(rs.getString(5)),
                rs.getString(6) == null ? null : Instant.parse(rs.getString(6)),
                rs.getString(7),
                rs.getString(8));
    }
}
