package nl.buurtstem.opendata.kiosk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;

/** A kiosk's event log as staff read it on its page: came back, went silent, alerts, actions, watchdog restarts. */
public final class Gebeurtenissen {

    /** One line of the log. */
    record Gebeurtenis(Instant at, String wat) {}

    private final Database db;

    Gebeurtenissen(Database db) {
        this.db = db;
    }

    public void note(String kioskId, Instant at, String wat) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO kiosk_gebeurtenis(kiosk_id, at, wat) VALUES (?, ?, ?)")) {
                s.setString(1, kioskId);
                s.setString(2, at.toString());
                s.setString(3, wat);
                s.executeUpdate();
            }
        });
    }

    public List<Gebeurtenis> recent(String kioskId, int limit) {
        return db.transaction(c -> {
            List<Gebeurtenis> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT at, wat FROM kiosk_gebeurtenis WHERE kiosk_id = ? ORDER BY id DESC LIMIT ?")) {
                q.setString(1, kioskId);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Gebeurtenis(Instant.parse(rs.getString(1)), rs.getString(2)));
                    }
                }
            }
            return result;
        });
    }
}
