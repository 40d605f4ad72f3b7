package nl.buurtstem.opendata.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;

/** Every change staff make to content: who, when, what. Never deleted; read by admins. */
public final class Audit {

    /** One audited change; {@code wat} is the new content (JSON) or what changed. */
    public record Regel(
            long id, String tijd, String wie, String rol, String actie, String soort, String ref, String wat) {}

    private final Database db;
    private final Clock clock;

    public Audit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(Medewerker wie, String actie, String soort, String ref, String wat) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit(tijd, wie, rol, actie, soort, ref, wat) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, Instant.now(clock).toString());
                s.setString(2, wie.gebruikersnaam() + " (" + wie.weergavenaam() + ")");
                s.setString(3, wie.rol().code());
                s.setString(4, actie);
                s.setString(5, soort);
                s.setString(6, ref);
                s.setString(7, wat);
                s.executeUpdate();
            }
        });
    }

    /** The latest changes first; with {@code soort} and {@code ref}, only those of one item. */
    public List<Regel> latest(int limit, String soort, String ref) {
        return db.transaction(c -> {
            List<Regel> result = new ArrayList<>();
            String where = soort == null ? "" : " WHERE soort = ? AND (? IS NULL OR ref = ?)";
            try (PreparedStatement q = c.prepareStatement("SELECT id, tijd, wie, rol, actie, soort, ref, wat FROM audit"
                    + where + " ORDER BY id DESC LIMIT ?")) {
                int i = 1;
                if (soort != null) {
                    q.setString(i++, soort);
                    q.setString(i++, ref);
                    q.setString(i++, ref);
                }
                q.setInt(i, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Regel(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return result;
        });
    }
}
