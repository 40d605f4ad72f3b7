package nl.buurtstem.opendata.peiling;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.store.Database;

/**
 * Answers counted for a wijk at the other kiosks, per poll and option, for a kiosk's content feed. The kiosk adds
 * its own answers itself, so its results on screen are current even offline and nothing is counted twice.
 */
public final class WijkUitslagen {

    private final Database db;

    public WijkUitslagen(Database db) {
        this.db = db;
    }

    /** poll id → option (1-based) → answers, in {@code wijk} from kiosks other than {@code kioskId}. */
    public Map<String, Map<Integer, Long>> elders(String wijk, String kioskId) {
        return db.transaction(c -> {
            Map<String, Map<Integer, Long>> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT peiling, optie, count(*) FROM antwoord "
                    + "WHERE wijk = ? AND kiosk_id <> ? GROUP BY peiling, optie ORDER BY peiling, optie")) {
                q.setString(1, wijk);
                q.setString(2, kioskId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .put(rs.getInt(2), rs.getLong(3));
                    }
                }
            }
            return result;
        });
    }
}
