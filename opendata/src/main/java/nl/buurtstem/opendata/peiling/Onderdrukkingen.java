package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Button presses a kiosk did not count (the same answer hammered or repeated too soon), kept beside the counted
 * answers so the open data can publish raw and filtered figures. Anonymous, like the answers.
 */
public final class Onderdrukkingen {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "peiling-onderdrukt",
            List.of(
                    // One row per suppressed press; (kiosk, seq) is the kiosk's own numbering, so a resent event lands
                    // on itself.
                    "CREATE TABLE onderdrukt (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, peiling TEXT NOT NULL, "
                            + "optie INTEGER NOT NULL, kanaal TEXT NOT NULL, wijk TEXT, datum TEXT NOT NULL, reden TEXT, "
                            + "PRIMARY KEY (kiosk_id, seq))",
                    "CREATE INDEX onderdrukt_peiling ON onderdrukt(peiling)"));

    private Onderdrukkingen() {}

    /** Records a suppressed press inside the caller's transaction; false when it was already recorded. */
    static boolean record(Connection c, Antwoord press, String reden) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO onderdrukt(kiosk_id, seq, peiling, optie, "
                + "kanaal, wijk, datum, reden) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, press.kioskId());
            s.setLong(2, press.seq());
            s.setString(3, press.peiling());
            s.setInt(4, press.optie());
            s.setString(5, press.kanaal().code());
            s.setString(6, press.wijk());
            s.setString(7, press.datum().toString());
            s.setString(8, reden);
            return s.executeUpdate() == 1;
        }
    }

    /** Suppressed presses of one poll per option, wijk, kiosk, channel and day. */
    static List<Antwoorden.Telling> tellingen(Connection c, String peiling) throws SQLException {
        List<Antwoorden.Telling> result = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT optie, wijk, kiosk_id, kanaal, datum, count(*) FROM onderdrukt WHERE peiling = ? "
                        + "GROUP BY optie, wijk, kiosk_id, kanaal, datum ORDER BY optie, wijk, kiosk_id, kanaal, datum")) {
            q.setString(1, peiling);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Antwoorden.Telling(
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
    }
}
