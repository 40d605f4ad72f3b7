package nl.buurtstem.opendata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Applies each feature's schema steps once, in order. A feature names its own steps, so its tables
 * live beside its code; the version table remembers how far each feature got. The same steps run on SQLite and
 * PostgreSQL: they are written in SQL both accept, with column types translated by the {@link Dialect}.
 */
public final class Migrations {

    /**
     * One feature's ordered schema steps; step n is applied once, when the feature is below version n.
     *
     * @param formerly for each step, where an older layout already applied it ("feature#step"), or empty: a
     *     database from before a feature got its own steps counts those as done instead of applying them twice
     */
    public record Steps(String feature, List<String> sql, List<String> formerly) {

        public Steps(String feature, List<String> sql) {
            this(feature, sql, List.of());
        }

        public Steps {
            sql = List.copyOf(sql);
            formerly = List.copyOf(formerly);
        }

        /** These steps, of which the first were applied by an older layout under other names ("feature#step"). */
        public Steps formerly(String... earlierNames) {
            return new Steps(feature, sql, List.of(earlierNames));
        }
    }

    private Migrations() {}

    public static void apply(Database database, List<Steps> features) {
        Dialect dialect = database.dialect();
        database.run(c -> {
            if (dialect == Dialect.POSTGRESQL) {
                // Central nodes started together on one database: one applies the steps, the others wait and find
                // them applied. PostgreSQL's DDL is transactional, so a failed step leaves nothing half done.
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + Cluster.MIGRATIONS_LOCK + ")");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version (feature TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            for (Steps steps : features) {
                int current = version(c, steps.feature()).orElse(appliedEarlier(c, steps));
                for (int v = current; v < steps.sql().size(); v++) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(dialect.schema(steps.sql().get(v)));
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

    private static int appliedEarlier(Connection c, Steps steps) throws SQLException {
        int done = 0;
        for (String earlier : steps.formerly()) {
            String[] name = earlier.split("#", 2);
            if (version(c, name[0]).orElse(0) <= Integer.parseInt(name[1])) {
                break;
            }
            done++;
        }
        return done;
    }

    private static Optional<Integer> version(Connection c, String feature) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT version FROM schema_version WHERE feature = ?")) {
            q.setString(1, feature);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }
}
