package nl.buurtstem.opendata.actie;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/** The latest screenshot of each kiosk's screen, as uploaded after staff asked for one. */
public final class Screenshots {

    /** A PNG image and when it was taken. */
    public record Screenshot(String actieId, Instant at, byte[] png) {}

    private final Database db;

    Screenshots(Database db) {
        this.db = db;
    }

    public void save(String kioskId, String actieId, byte[] png, Instant at) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO kiosk_screenshot(kiosk_id, actie_id, at, png) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET actie_id = excluded.actie_id, "
                    + "at = excluded.at, png = excluded.png")) {
                s.setString(1, kioskId);
                s.setString(2, actieId);
                s.setString(3, at.toString());
                s.setBytes(4, png);
                s.executeUpdate();
            }
        });
    }

    public Optional<Screenshot> latest(String kioskId) {
        return db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT actie_id, at, png FROM kiosk_screenshot WHERE kiosk_id = ?")) {
                q.setString(1, kioskId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(
                                    new Screenshot(rs.getString(1), Instant.parse(rs.getString(2)), rs.getBytes(3)))
                            : Optional.<Screenshot>empty();
                }
            }
        });
    }
}
