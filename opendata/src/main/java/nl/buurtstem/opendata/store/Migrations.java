package nl.buurtstem.opendata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Applies each feature's schema steps once, in order. A feature names its own steps, so its tables
 * live beside its code; the version table remembers how far each feature got.
 */
public final class Migrations {

    /** One feature's ordered schema steps; step n is applied once, when the feature is below version n. */
    public record Steps(String feature, List<String> sql) {}

    private Migrations() {}

    public static void apply(Database database, List<Steps> features) {
        database.run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version (feature TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            for (Steps steps : features) {
                int current = 0;
                try (PreparedStatement q = c.prepareStatement("SELECT version FROM schema_version WHERE feature = ?")) {
                    q.setString(1, steps.feature());
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            current = rs.getInt(1);
                        }
                    }
                }
                for (int v = current; v < steps.sql().size(); v++) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(steps.sql().get(v));
                    }
                }
                try (PreparedStatement u =
                        c.prepareStatement("INSERT INTO schema_version(feature, version) VALUES (?, ?) "
                                + "ON CONFLICT(feature) DO UPDATE SET version = excluded.version")) {
                    u.setString(1, steps.feature());
                    u.setInt(2, steps.sql().size());
                    u.executeUpdate();
                }
            }
        });
    }
}
