package nl.buurtstem.opendata.wijkbudget;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/** How far each winning proposal of a wijkbudget is: one row per proposal, the last status staff set. */
public final class UitvoeringStore {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijkbudget-uitvoering",
            List.of("CREATE TABLE voorstel_uitvoering (wijkbudget TEXT NOT NULL, voorstel TEXT NOT NULL, "
                    + "status TEXT NOT NULL, notitie TEXT, datum TEXT, PRIMARY KEY (wijkbudget, voorstel))"));

    private final Database db;

    UitvoeringStore(Database db) {
        this.db = db;
    }

    void zet(String wijkbudget, Uitvoering u) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO voorstel_uitvoering(wijkbudget, voorstel, status, notitie, datum) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(wijkbudget, voorstel) DO UPDATE SET status = excluded.status, "
                            + "notitie = excluded.notitie, datum = excluded.datum")) {
                s.setString(1, wijkbudget);
                s.setString(2, u.voorstel());
                s.setString(3, u.status().code());
                s.setString(4, u.notitie());
                s.setString(5, u.datum() == null ? null : u.datum().toString());
                s.executeUpdate();
            }
        });
    }

    /** Per proposal id, the status staff set; proposals without one are absent. */
    public Map<String, Uitvoering> van(String wijkbudget) {
        return db.transaction(c -> {
            Map<String, Uitvoering> result = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT voorstel, status, notitie, datum FROM voorstel_uitvoering WHERE wijkbudget = ?")) {
                q.setString(1, wijkbudget);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String voorstel = rs.getString(1);
                        String notitie = rs.getString(3);
                        String datum = rs.getString(4);
                        UitvoeringStatus.vanCode(rs.getString(2))
                                .ifPresent(status -> result.put(
                                        voorstel,
                                        new Uitvoering(
                                                voorstel,
                                                status,
                                                notitie,
                                                datum == null ? null : LocalDate.parse(datum))));
                    }
                }
            }
            return result;
        });
    }
}
