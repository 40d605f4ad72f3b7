package nl.buurtstem.opendata.wijk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/** The wijken the municipality works with. */
public final class WijkStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijk",
            List.of(
                    "CREATE TABLE wijk (code TEXT PRIMARY KEY, naam TEXT NOT NULL, gemeente TEXT NOT NULL, jaar INTEGER NOT NULL)"));

    private final Database db;

    public WijkStore(Database db) {
        this.db = db;
    }

    public void save(Wijk wijk) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO wijk(code, naam, gemeente, jaar) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(code) DO UPDATE SET naam = excluded.naam, gemeente = excluded.gemeente, jaar = excluded.jaar")) {
                s.setString(1, wijk.code());
                s.setString(2, wijk.naam());
                s.setString(3, wijk.gemeente());
                s.setInt(4, wijk.jaar());
                s.executeUpdate();
            }
        });
    }

    public boolean delete(String code) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM wijk WHERE code = ?")) {
                s.setString(1, code);
                return s.executeUpdate() == 1;
            }
        });
    }

    public Optional<Wijk> find(String code) {
        return all().stream().filter(w -> w.code().equals(code)).findFirst();
    }

    public List<Wijk> all() {
        return db.transaction(c -> {
            List<Wijk> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT code, naam, gemeente, jaar FROM wijk ORDER BY code");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Wijk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return result;
        });
    }
}
