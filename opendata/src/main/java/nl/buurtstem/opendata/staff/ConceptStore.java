package nl.buurtstem.opendata.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Drafts, apart from what is published: kiosks and the open data read the features' own stores, which
 * hold only published versions, so a draft can never leak out before a publisher publishes it.
 */
final class ConceptStore {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "concept",
            List.of(
                    "CREATE TABLE concept (soort TEXT NOT NULL, ref TEXT NOT NULL, json TEXT NOT NULL, door TEXT NOT NULL, "
                            + "op TEXT NOT NULL, PRIMARY KEY (soort, ref))"));

    private final Database db;

    ConceptStore(Database db) {
        this.db = db;
    }

    void save(String soort, String ref, String json, String door) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO concept(soort, ref, json, door, op) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(soort, ref) DO UPDATE SET json = excluded.json, door = excluded.door, "
                            + "op = excluded.op")) {
                s.setString(1, soort);
                s.setString(2, ref);
                s.setString(3, json);
                s.setString(4, door);
                s.setString(5, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    Optional<String> find(String soort, String ref) {
        return Optional.ofNullable(all(soort).get(ref));
    }

    Map<String, String> all(String soort) {
        return db.transaction(c -> {
            Map<String, String> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT ref, json FROM concept WHERE soort = ?")) {
                q.setString(1, soort);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return result;
        });
    }

    void delete(String soort, String ref) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM concept WHERE soort = ? AND ref = ?")) {
                s.setString(1, soort);
                s.setString(2, ref);
                s.executeUpdate();
            }
        });
    }
}
