package nl.buurtstem.kiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Applies each feature's schema steps once, in order, as the central node does. A feature names its own steps, so its
 * tables live beside its code; the {@code schema_version} table remembers how far each feature got.
 *
 * <p>Kiosks in buurthuizen run databases made before this table existed. Their tables were made with the same
 * statements that are each feature's first step ({@code CREATE TABLE IF NOT EXISTS}), so such a database starts at
 * version 0, its first steps change nothing, and later steps apply as on any other kiosk.
 */
public final class Migrations {

    /** One feature's ordered schema steps; step n is applied once, when the feature is below version n. */
    public record Steps(String feature, List<String> sql) {
        public Steps {
            sql = List.copyOf(sql);
        }
    }

    private Migrations() {}

    /** Brings every feature's tables to its latest version, all in one transaction: a step fails, nothing changed. */
    public static void apply(Database database, List<Steps> features) {
        database.transaction(c -> {
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
                if (current >= steps.sql().size()) {
                    // Up to date, or ahead: a kiosk rolled back to its previous release after a failed update keeps
                    // the newer tables; steps only ever add, so the older code runs on them.
                    continue;
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
            return null;
        });
    }
}
