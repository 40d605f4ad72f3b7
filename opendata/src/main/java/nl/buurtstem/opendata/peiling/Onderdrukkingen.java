package nl.buurtstem.opendata.peiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
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
                    "CREATE INDEX onderdrukt_peiling ON onderdrukt(peiling)",
                    // When the central node received it (epoch ms) and the closed period it was published in.
                    "ALTER TABLE onderdrukt ADD COLUMN ontvangen INTEGER",
                    "ALTER TABLE onderdrukt ADD COLUMN periode INTEGER",
                    "CREATE INDEX onderdrukt_periode ON onderdrukt(periode)",
                    // A closed period's cells are read per poll (issue 21): one index serves that and the open ones.
                    "DROP INDEX onderdrukt_periode",
                    "CREATE INDEX onderdrukt_periode_peiling ON onderdrukt(periode, peiling)"));

    private Onderdrukkingen() {}

    /** Records a suppressed press inside the caller's transaction; false when it was already recorded. */
    static boolean record(Connection c, Antwoord press, String reden, Instant ontvangen) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO onderdrukt(kiosk_id, seq, peiling, optie, "
                + "kanaal, wijk, datum, reden, ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, press.kioskId());
            s.setLong(2, press.seq());
            s.setString(3, press.peiling());
            s.setInt(4, press.optie());
            s.setString(5, press.kanaal().code());
            s.setString(6, press.wijk());
            s.setString(7, press.datum().toString());
            s.setString(8, reden);
            s.setLong(9, ontvangen.toEpochMilli());
            return s.executeUpdate() == 1;
        }
    }
}
