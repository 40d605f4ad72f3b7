package nl.buurtstem.opendata.fleet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/**
 * The alert log. At most one open alert per kiosk and kind (a unique index says so), which is what keeps
 * staff from getting the same mail every check.
 */
final class AlertStore {

    private static final String COLUMNS =
            "id, kiosk_id, soort, detail, geopend_at, gesloten_at, melding, herstelmelding";
    private final Database db;

    AlertStore(Database db) {
        this.db = db;
    }

    Alert open(String kioskId, AlertSoort soort, String detail, Instant at) {
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
                    return new Alert(
                            keys.getLong(1), kioskId, soort.code(), soort.titel(), detail, at, null, null, null);
                }
            }
        });
    }

    Alert close(Alert alert, Instant at) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE fleet_alert SET gesloten_at = ? WHERE id = ?")) {
                s.setString(1, at.toString());
                s.setLong(2, alert.id());
                s.executeUpdate();
            }
        });
        return new Alert(
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

    Optional<Alert> find(long id) {
        return query("WHERE id = ?", id, 1).stream().findFirst();
    }

    List<Alert> open() {
        return query("WHERE gesloten_at IS NULL ORDER BY id", null, 10_000);
    }

    List<Alert> recent(String kioskId, int limit) {
        return kioskId == null
                ? query("ORDER BY id DESC", null, limit)
                : query("WHERE kiosk_id = ? ORDER BY id DESC", kioskId, limit);
    }

    private List<Alert> query(String where, Object param, int limit) {
        return db.transaction(c -> {
            List<Alert> result = new ArrayList<>();
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

    private static Alert read(ResultSet rs) throws SQLException {
        String soort = rs.getString(3);
        String titel = java.util.Arrays.stream(AlertSoort.values())
                .filter(s -> s.code().equals(soort))
                .map(AlertSoort::titel)
                .findFirst()
                .orElse(soort);
        return new Alert(
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
