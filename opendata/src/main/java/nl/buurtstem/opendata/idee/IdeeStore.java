package nl.buurtstem.opendata.idee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Ideas residents left at a kiosk. The contact details a resident agreed to leave live only in this table
 * of the central node: never in RDF, open data or logs.
 */
public final class IdeeStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "idee",
            List.of(
                    "CREATE TABLE idee (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, wijk TEXT, thema TEXT NOT NULL, "
                            + "tekst TEXT NOT NULL, taal TEXT, contact TEXT, ontvangen TEXT NOT NULL, PRIMARY KEY (kiosk_id, seq))"));

    /** An idea as staff see it; {@code contact} is null unless the resident explicitly agreed. */
    public record Idee(
            String kioskId,
            long seq,
            String wijk,
            String thema,
            String tekst,
            String taal,
            String contact,
            String ontvangen) {}

    private final Database db;

    public IdeeStore(Database db) {
        this.db = db;
    }

    static boolean record(Connection c, Idee idee) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idee(kiosk_id, seq, wijk, thema, tekst, taal, "
                + "contact, ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, idee.kioskId());
            s.setLong(2, idee.seq());
            s.setString(3, idee.wijk());
            s.setString(4, idee.thema());
            s.setString(5, idee.tekst());
            s.setString(6, idee.taal());
            s.setString(7, idee.contact());
            s.setString(8, idee.ontvangen());
            return s.executeUpdate() == 1;
        }
    }

    public List<Idee> all() {
        return db.transaction(c -> {
            List<Idee> result = new ArrayList<>();
            try (PreparedStatement q =
                            c.prepareStatement("SELECT kiosk_id, seq, wijk, thema, tekst, taal, contact, ontvangen "
                                    + "FROM idee ORDER BY ontvangen, kiosk_id, seq");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Idee(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8)));
                }
            }
            return result;
        });
    }
}
