package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The published totals of every closed period (one row per poll, period, wijk and option, as shown or held back), so
 * a poll's {@link Stand}en are one sum over small rows instead of a recount of all its answers. Written when a period
 * is published; derived from the answers, so it can always be written again.
 */
final class Standen {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "peiling-stand",
            List.of(
                    // getoond: the total as published (0 when held back); verborgen: 1 when it is held back.
                    "CREATE TABLE peiling_lijn (peiling TEXT NOT NULL, periode INTEGER NOT NULL, wijk TEXT, "
                            + "optie INTEGER NOT NULL, getoond INTEGER NOT NULL, verborgen INTEGER NOT NULL)",
                    "CREATE INDEX peiling_lijn_periode ON peiling_lijn(peiling, periode)",
                    // What the totals were protected for (Celbeveiliging.grondslag): the channels read the standings
                    // only while it is the poll's current one. Rows from before have none until the next start.
                    "ALTER TABLE peiling_lijn ADD COLUMN grondslag TEXT"));

    private final Database db;

    Standen(Database db) {
        this.db = db;
    }

    /**
     * Remembers the totals of one period of the poll as published, protected for {@code grondslag}, in place of what
     * was remembered of it.
     */
    void bewaar(String peiling, Instant periode, List<BeschermdeUitslag.Totaal> totalen, String grondslag) {
        List<Stand> nieuw = totalen.stream().map(Stand::van).toList();
        List<String> regels =
                nieuw.stream().map(s -> regel(s, grondslag)).sorted().toList();
        db.run(c -> {
            if (regels(c, peiling, periode).equals(regels)) {
                return; // the same period published again (every start does so): no write, no wait for the disk
            }
            try (PreparedStatement d =
                    c.prepareStatement("DELETE FROM peiling_lijn WHERE peiling = ? AND periode = ?")) {
                d.setString(1, peiling);
                d.setLong(2, periode.toEpochMilli());
                d.executeUpdate();
            }
            insert(c, peiling, periode, nieuw, grondslag);
        });
    }

    /** Forgets the poll's standings: it was withdrawn. */
    void vergeet(String peiling) {
        db.run(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM peiling_lijn WHERE peiling = ?")) {
                d.setString(1, peiling);
                d.executeUpdate();
            }
        });
    }

    /** The poll's standing per wijk and option: the sums of the totals published for them. */
    List<Stand> van(String peiling) {
        return db.transaction(c -> {
            List<Stand> standen = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT wijk, optie, SUM(getoond), SUM(verborgen) "
                    + "FROM peiling_lijn WHERE peiling = ? GROUP BY wijk, optie ORDER BY wijk, optie")) {
                q.setString(1, peiling);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        standen.add(new Stand(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return standen;
        });
    }

    /**
     * The poll's standing as {@link #van} keeps it, if it is complete: every period closed so far kept, each protected
     * for {@code grondslag}. Empty when not (a period closed and not yet published, the poll changed and not yet
     * republished, a withdrawn poll published again): then only a recount gives what the channels showed before.
     * One statement, so it reads one moment also on PostgreSQL.
     */
    Optional<GetoondeStand> volledig(String peiling, String grondslag) {
        return db.transaction(c -> {
            List<Stand> standen = new ArrayList<>();
            long laatste = Long.MIN_VALUE;
            try (PreparedStatement q = c.prepareStatement("SELECT wijk, optie, SUM(getoond), SUM(verborgen), "
                    + "MAX(periode), SUM(CASE WHEN grondslag = ? THEN 0 ELSE 1 END), "
                    + "(SELECT COUNT(*) FROM peiling_periode p WHERE p.peiling = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM peiling_lijn k WHERE k.peiling = p.peiling AND k.periode = p.periode)) "
                    + "FROM peiling_lijn WHERE peiling = ? GROUP BY wijk, optie ORDER BY wijk, optie")) {
                q.setString(1, grondslag);
                q.setString(2, peiling);
                q.setString(3, peiling);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(6) > 0 || rs.getLong(7) > 0) {
                            return Optional.<GetoondeStand>empty();
                        }
                        standen.add(new Stand(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
                        laatste = Math.max(laatste, rs.getLong(5));
                    }
                }
            }
            if (standen.isEmpty()) {
                // Nothing kept: right only while the poll has no closed period at all.
                return heeftGeslotenPeriode(c, peiling)
                        ? Optional.<GetoondeStand>empty()
                        : Optional.of(new GetoondeStand(List.of(), Optional.empty()));
            }
            return Optional.of(new GetoondeStand(standen, Optional.of(Instant.ofEpochMilli(laatste))));
        });
    }

    private static boolean heeftGeslotenPeriode(Connection c, String peiling) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM peiling_periode WHERE peiling = ? LIMIT 1")) {
            q.setString(1, peiling);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> regels(Connection c, String peiling, Instant periode) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT wijk, optie, getoond, verborgen, grondslag "
                + "FROM peiling_lijn WHERE peiling = ? AND periode = ?")) {
            q.setString(1, peiling);
            q.setLong(2, periode.toEpochMilli());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    regels.add(regel(
                            new Stand(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)), rs.getString(5)));
                }
            }
        }
        regels.sort(null);
        return regels;
    }

    private static String regel(Stand s, String grondslag) {
        return s.wijk() + "|" + s.optie() + "|" + s.antwoorden() + "|" + s.achtergehouden() + "|" + grondslag;
    }

    private static void insert(Connection c, String peiling, Instant periode, List<Stand> regels, String grondslag)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO peiling_lijn(peiling, periode, wijk, optie, "
                + "getoond, verborgen, grondslag) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Stand r : regels) {
                s.setString(1, peiling);
                s.setLong(2, periode.toEpochMilli());
                s.setString(3, r.wijk());
                s.setInt(4, r.optie());
                s.setLong(5, r.antwoorden());
                s.setLong(6, r.achtergehouden());
                s.setString(7, grondslag);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
