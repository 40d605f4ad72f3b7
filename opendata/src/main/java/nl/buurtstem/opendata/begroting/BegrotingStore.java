package nl.buurtstem.opendata.begroting;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/** The budget lines, one per year, taakveld and phase; an import replaces a line that is there already. */
public final class BegrotingStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "begroting",
            List.of(
                    "CREATE TABLE begrotingsregel (jaar INTEGER NOT NULL, taakveld TEXT NOT NULL, fase TEXT NOT NULL, "
                            + "bedrag TEXT NOT NULL, PRIMARY KEY (jaar, taakveld, fase))",
                    // Provenance: which import brought the lines in (published with PROV-O, without who did it).
                    "CREATE TABLE begroting_import (id INTEGER PRIMARY KEY AUTOINCREMENT, gestart TEXT NOT NULL, klaar TEXT NOT NULL, "
                            + "geimporteerd INTEGER NOT NULL, fouten INTEGER NOT NULL)"));

    /** One finished import, as provenance of the budget cube. */
    public record Import(long id, Instant gestart, Instant klaar, int geimporteerd, int fouten) {}

    private final Database db;

    public BegrotingStore(Database db) {
        this.db = db;
    }

    public void saveAll(List<Begrotingsregel> regels) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO begrotingsregel(jaar, taakveld, fase, bedrag) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(jaar, taakveld, fase) DO UPDATE SET bedrag = excluded.bedrag")) {
                for (Begrotingsregel r : regels) {
                    s.setInt(1, r.jaar());
                    s.setString(2, r.taakveld());
                    s.setString(3, r.fase());
                    s.setString(4, r.bedrag().toPlainString());
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    public void recordImport(Instant gestart, Instant klaar, int geimporteerd, int fouten) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO begroting_import(gestart, klaar, geimporteerd, fouten) VALUES (?, ?, ?, ?)")) {
                s.setString(1, gestart.toString());
                s.setString(2, klaar.toString());
                s.setInt(3, geimporteerd);
                s.setInt(4, fouten);
                s.executeUpdate();
            }
        });
    }

    public List<Import> imports() {
        return db.transaction(c -> {
            List<Import> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT id, gestart, klaar, geimporteerd, fouten FROM begroting_import ORDER BY id");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Import(
                            rs.getLong(1),
                            Instant.parse(rs.getString(2)),
                            Instant.parse(rs.getString(3)),
                            rs.getInt(4),
                            rs.getInt(5)));
                }
            }
            return result;
        });
    }

    public List<Begrotingsregel> all() {
        return db.transaction(c -> {
            List<Begrotingsregel> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT jaar, taakveld, fase, bedrag FROM begrotingsregel ORDER BY jaar, taakveld, fase");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Begrotingsregel(
                            rs.getInt(1), rs.getString(2), rs.getString(3), new BigDecimal(rs.getString(4))));
                }
            }
            return result;
        });
    }
}
