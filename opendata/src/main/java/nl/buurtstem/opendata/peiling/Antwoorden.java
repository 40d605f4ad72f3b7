package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Counted answers and uncounted presses, each received in a period that is still open or closed. Only closed
 * periods are ever read for publication.
 */
public final class Antwoorden {

    /**
     * The closed periods each poll got answers or presses in, written as a period closes: how the channels know that
     * the kept standings ({@link Standen}) hold every period so far, without reading the answers.
     */
    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "peiling-periode",
            List.of(
                    "CREATE TABLE peiling_periode (peiling TEXT NOT NULL, periode INTEGER NOT NULL, "
                            + "PRIMARY KEY (peiling, periode))",
                    "INSERT INTO peiling_periode(peiling, periode) "
                            + "SELECT peiling, periode FROM antwoord WHERE periode IS NOT NULL "
                            + "UNION SELECT peiling, periode FROM onderdrukt WHERE periode IS NOT NULL"));

    private static final String NOG_OPEN = "periode IS NULL AND (ontvangen IS NULL OR ontvangen < ?)";

    private final Database db;

    public Antwoorden(Database db) {
        this.db = db;
    }

    /** Records an answer inside the caller's transaction; false when it was already counted. */
    static boolean record(Connection c, Antwoord a, Instant ontvangen) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            bind(s, a, ontvangen);
            return s.executeUpdate() == 1;
        }
    }

    /** As {@link #record}, for a batch's answers in one statement batch; one already there stays as it was. */
    static void recordAll(Connection c, List<Ontvangen> antwoorden) throws SQLException {
        if (antwoorden.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Ontvangen o : antwoorden) {
                bind(s, o.antwoord(), o.ontvangen());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** An answer and when the central node received it. */
    record Ontvangen(Antwoord antwoord, Instant ontvangen) {}

    private static final String INSERT = "INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, wijk, datum, "
            + "ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private static void bind(PreparedStatement s, Antwoord a, Instant ontvangen) throws SQLException {
        s.setString(1, a.kioskId());
        s.setLong(2, a.seq());
        s.setString(3, a.peiling());
        s.setInt(4, a.optie());
        s.setString(5, a.kanaal().code());
        s.setString(6, a.wijk());
        s.setString(7, a.datum().toString());
        s.setLong(8, ontvangen.toEpochMilli());
    }

    /**
     * Closes the period that starts at {@code periode}: everything received before {@code grens} and not yet in a
     * period joins it. Returns the polls that got answers or presses.
     */
    public Set<String> sluit(Instant periode, Instant grens) {
        return db.transaction(c -> {
            Set<String> peilingen = new TreeSet<>();
            for (String tabel : List.of("antwoord", "onderdrukt")) {
                try (PreparedStatement q =
                        c.prepareStatement("SELECT DISTINCT peiling FROM " + tabel + " WHERE " + NOG_OPEN)) {
                    q.setLong(1, grens.toEpochMilli());
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            peilingen.add(rs.getString(1));
                        }
                    }
                }
                try (PreparedStatement u =
                        c.prepareStatement("UPDATE " + tabel + " SET periode = ? WHERE " + NOG_OPEN)) {
                    u.setLong(1, periode.toEpochMilli());
                    u.setLong(2, grens.toEpochMilli());
                    u.executeUpdate();
                }
            }
            // In the same transaction: no moment where a period is closed and not known to be.
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO peiling_periode(peiling, periode) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String peiling : peilingen) {
                    s.setString(1, peiling);
                    s.setLong(2, periode.toEpochMilli());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return peilingen;
        });
    }

    /** The poll's cells over every closed period. */
    public List<Cel> cellen(String peiling) {
        return cellen(" WHERE peiling = ? AND periode IS NOT NULL", s -> s.setString(1, peiling));
    }

    /**
     * The poll's cells of one closed period: read through the index on (periode, peiling), so it costs what the period
     * holds, however long the poll has run.
     */
    List<Cel> cellen(String peiling, Instant periode) {
        return cellen(" WHERE periode = ? AND peiling = ?", s -> {
            s.setLong(1, periode.toEpochMilli());
            s.setString(2, peiling);
        });
    }

    /** The closed periods in which the poll got answers or presses, oldest first. */
    List<Instant> perioden(String peiling) {
        return db.read(c -> {
            Set<Long> perioden = new TreeSet<>();
            for (String tabel : List.of("antwoord", "onderdrukt")) {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT DISTINCT periode FROM " + tabel + " WHERE peiling = ? AND periode IS NOT NULL")) {
                    q.setString(1, peiling);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            perioden.add(rs.getLong(1));
                        }
                    }
                }
            }
            return perioden.stream().map(Instant::ofEpochMilli).toList();
        });
    }

    private interface Parameters {
        void set(PreparedStatement s) throws SQLException;
    }

    /** Read beside the writer: publishing a period does not hold up the kiosks' batches (issue 21). */
    private List<Cel> cellen(String where, Parameters parameters) {
        return db.read(c -> {
            Map<Plek, long[]> aantallen = new LinkedHashMap<>();
            tel(c, "antwoord", where, parameters, aantallen, 0);
            tel(c, "onderdrukt", where, parameters, aantallen, 1);
            List<Cel> result = new ArrayList<>();
            aantallen.forEach((p, n) -> result.add(new Cel(
                    Instant.ofEpochMilli(p.periode()), p.optie(), p.wijk(), p.kioskId(), p.kanaal(), n[0], n[1])));
            return result;
        });
    }

    /** Where a cell sits: the dimensions of {@link Cel} without its counts. */
    private record Plek(long periode, int optie, String wijk, String kioskId, Kanaal kanaal) {}

    private static void tel(
            Connection c, String tabel, String where, Parameters parameters, Map<Plek, long[]> into, int measure)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT periode, optie, wijk, kiosk_id, kanaal, count(*) FROM "
                + tabel + where + " GROUP BY periode, optie, wijk, kiosk_id, kanaal")) {
            parameters.set(q);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Plek plek = new Plek(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            Kanaal.fromCode(rs.getString(5)));
                    into.computeIfAbsent(plek, k -> new long[2])[measure] += rs.getLong(6);
                }
            }
        }
    }
}
