package nl.buurtstem.opendata.fleet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;

/** Who did what to which kiosk, kept for accountability; staff read it on the dashboard. */
final class AuditLog {

    /** One audited deed. */
    record Regel(Instant at, String wie, String rol, String kioskId, String wat) {}

    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    void note(FleetAccess.Medewerker wie, String kioskId, String wat, Instant at) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO fleet_audit(at, wie, rol, kiosk_id, wat) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, at.toString());
                s.setString(2, wie.naam());
                s.setString(3, wie.rol().code());
                s.setString(4, kioskId);
                s.setString(5, wat);
                s.executeUpdate();
            }
        });
    }

    List<Regel> recent(int limit) {
        return db.transaction(c -> {
            List<Regel> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT at, wie, rol, kiosk_id, wat FROM fleet_audit ORDER BY id DESC LIMIT ?")) {
                q.setInt(1, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Regel(
                                Instant.parse(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return result;
        });
    }
}
