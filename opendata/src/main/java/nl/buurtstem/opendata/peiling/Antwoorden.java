package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;

/** Counted answers and their tallies. */
public final class Antwoorden {

    /** How many answers share one combination of the published dimensions. */
    public record Telling(
            String peiling, int optie, String wijk, String kioskId, Kanaal kanaal, LocalDate datum, long aantal) {}

    private final Database db;

    public Antwoorden(Database db) {
        this.db = db;
    }

    /** Records an answer inside the caller's transaction; false when it was already counted. */
    public static boolean record(Connection c, Antwoord a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, wijk, datum) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")) {
            s.setString(1, a.kioskId());
            s.setLong(2, a.seq());
            s.setString(3, a.peiling());
            s.setInt(4, a.optie());
            s.setString(5, a.kanaal().code());
            s.setString(6, a.wijk());
            s.setString(7, a.datum().toString());
            return s.executeUpdate() == 1;
        }
    }

    public List<Telling> tellingen(String peiling) {
        return db.transaction(c -> {
            List<Telling> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT optie, wijk, kiosk_id, kanaal, datum, count(*) FROM antwoord WHERE peiling = ? "
                            + "GROUP BY optie, wijk, kiosk_id, kanaal, datum ORDER BY optie, wijk, kiosk_id, kanaal, datum")) {
                q.setString(1, peiling);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Telling(
                                peiling,
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getString(3),
                                Kanaal.fromCode(rs.getString(4)),
                                LocalDate.parse(rs.getString(5)),
                                rs.getLong(6)));
                    }
                }
            }
            return result;
        });
    }

    /** Button presses of this poll that a kiosk suppressed (anti-gaming), in the same cells as {@link #tellingen}. */
    public List<Telling> onderdrukt(String peiling) {
        return db.transaction(c -> Onderdrukkingen.tellingen(c, peiling));
    }

    /** Total answers per option (1-based index into the result), over every wijk, kiosk and day. */
    public long[] totaalPerOptie(Peiling peiling) {
        long[] totals = new long[peiling.opties().size()];
        for (Telling t : tellingen(peiling.id())) {
            if (peiling.hasOption(t.optie())) {
                totals[t.optie() - 1] += t.aantal();
            }
        }
        return totals;
    }
}
