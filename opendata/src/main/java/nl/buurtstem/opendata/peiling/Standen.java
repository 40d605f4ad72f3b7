package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
                    "CREATE INDEX peiling_lijn_periode ON peiling_lijn(peiling, periode)"));

    private final Database db;

    Standen(Database db) {
        this.db = db;
    }

    /** Remembers the totals of one period of the poll as published, in place of what was remembered of it. */
    void bewaar(String peiling, Instant periode, List<BeschermdeUitslag.Totaal> totalen) {
        List<String> nieuw = totalen.stream()
                .map(t -> regel(
                        t.wijk(),
                        t.optie(),
                        t.beveiliging().verborgen() ? 0 : t.antwoorden(),
                        t.beveiliging().verborgen() ? 1 : 0))
                .sorted()
                .toList();
        db.run(c -> {
            if (regels(c, peiling, periode).equals(nieuw)) {
                return; // the same period published again (every start does so): no write, no wait for the disk
            }
            try (PreparedStatement d =
                    c.prepareStatement("DELETE FROM peiling_lijn WHERE peiling = ? AND periode = ?")) {
                d.setString(1, peiling);
                d.setLong(2, periode.toEpochMilli());
                d.executeUpdate();
            }
            insert(c, peiling, totalen);
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

    private static List<String> regels(Connection c, String peiling, Instant periode) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT wijk, optie, getoond, verborgen FROM peiling_lijn WHERE peiling = ? AND periode = ?")) {
            q.setString(1, peiling);
            q.setLong(2, periode.toEpochMilli());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    regels.add(regel(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)));
                }
            }
        }
        regels.sort(null);
        return regels;
    }

    private static String regel(String wijk, int optie, long getoond, int verborgen) {
        return wijk + "|" + optie + "|" + getoond + "|" + verborgen;
    }

    private static void insert(Connection c, String peiling, List<BeschermdeUitslag.Totaal> totalen)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO peiling_lijn(peiling, periode, wijk, optie, "
                + "getoond, verborgen) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (BeschermdeUitslag.Totaal t : totalen) {
                boolean verborgen = t.beveiliging().verborgen();
                s.setString(1, peiling);
                s.setLong(2, t.periode().toEpochMilli());
                s.setString(3, t.wijk());
                s.setInt(4, t.optie());
                s.setLong(5, verborgen ? 0 : t.antwoorden());
                s.setInt(6, verborgen ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
