package nl.buurtstem.opendata.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.buurtstem.opendata.lod.Publicatiestatus;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The publication status of each content item, apart from the item itself so every feature shares one
 * draft/publish/withdraw flow. An item without a row is published: seeded and older content stays public.
 */
public final class Lifecycle implements Publicatiestatus.Lookup {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "lifecycle",
            List.of(
                    "CREATE TABLE publicatiestatus (soort TEXT NOT NULL, ref TEXT NOT NULL, status TEXT NOT NULL, "
                            + "changed_at TEXT NOT NULL, PRIMARY KEY (soort, ref))",
                    // The last published version of a withdrawn item, so its page can keep saying what it was.
                    "ALTER TABLE publicatiestatus ADD COLUMN json TEXT"));

    private final Database db;

    public Lifecycle(Database db) {
        this.db = db;
    }

    @Override
    public Publicatiestatus of(String soort, String ref) {
        return db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT status FROM publicatiestatus WHERE soort = ? AND ref = ?")) {
                q.setString(1, soort);
                q.setString(2, ref);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Publicatiestatus.fromCode(rs.getString(1)) : Publicatiestatus.GEPUBLICEERD;
                }
            }
        });
    }

    @Override
    public Map<String, String> withdrawnJson(String soort) {
        return db.transaction(c -> {
            Map<String, String> result = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT ref, json FROM publicatiestatus WHERE soort = ? AND status = 'ingetrokken' AND json IS NOT NULL")) {
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

    @Override
    public Optional<Instant> withdrawnAt(String soort, String ref) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT changed_at FROM publicatiestatus "
                    + "WHERE soort = ? AND ref = ? AND status = 'ingetrokken'")) {
                q.setString(1, soort);
                q.setString(2, ref);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Marks the item withdrawn, keeping its last published version for the page that says so. */
    public void withdraw(String soort, String ref, String lastJson) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO publicatiestatus(soort, ref, status, json, changed_at) VALUES (?, ?, 'ingetrokken', ?, ?) "
                            + "ON CONFLICT(soort, ref) DO UPDATE SET status = 'ingetrokken', json = excluded.json, "
                            + "changed_at = excluded.changed_at")) {
                s.setString(1, soort);
                s.setString(2, ref);
                s.setString(3, lastJson);
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    public void set(String soort, String ref, Publicatiestatus status) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO publicatiestatus(soort, ref, status, changed_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(soort, ref) DO UPDATE SET status = excluded.status, json = NULL, "
                            + "changed_at = excluded.changed_at")) {
                s.setString(1, soort);
                s.setString(2, ref);
                s.setString(3, status.code());
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }
}
