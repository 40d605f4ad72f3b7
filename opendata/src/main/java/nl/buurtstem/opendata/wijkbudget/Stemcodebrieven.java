package nl.buurtstem.opendata.wijkbudget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The register of stemcode letters: each letter has a number (printed on it, not secret) and the hash of its code,
 * never the code. The municipality's mailing list says which address got which number, so the desk can block the
 * code of a lost letter by its number and send a new one.
 */
final class Stemcodebrieven {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijkbudget-brief",
            List.of(
                    "CREATE TABLE stemcode_brief (wijkbudget TEXT NOT NULL, nummer INTEGER NOT NULL, hash TEXT NOT NULL, "
                            + "gemaakt TEXT NOT NULL, geblokkeerd TEXT, vervangen_door INTEGER, PRIMARY KEY (wijkbudget, nummer))"));

    /** One letter to print; the code exists only in this object, for the PDF. */
    record Brief(int nummer, String code) {}

    /** A letter of the register, without its code. */
    record Regel(int nummer, String gemaakt, String geblokkeerd, Integer vervangenDoor) {}

    private final Database db;
    private final WijkbudgetStore store;

    Stemcodebrieven(Database db, WijkbudgetStore store) {
        this.db = db;
        this.store = store;
    }

    /** Makes {@code aantal} new codes and numbers their letters after the last one. */
    List<Brief> maak(String wijkbudgetId, String prefix, int aantal) {
        Map<String, String> codes = store.nieuweStemcodesMetHash(wijkbudgetId, prefix, aantal);
        return db.transaction(c -> {
            int nummer = laatste(c, wijkbudgetId);
            List<Brief> brieven = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO stemcode_brief(wijkbudget, nummer, hash, gemaakt) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> code : codes.entrySet()) {
                    nummer++;
                    s.setString(1, wijkbudgetId);
                    s.setInt(2, nummer);
                    s.setString(3, code.getValue());
                    s.setString(4, Instant.now().toString());
                    s.addBatch();
                    brieven.add(new Brief(nummer, code.getKey()));
                }
                s.executeBatch();
            }
            return brieven;
        });
    }

    /** What the desk found for a letter number. */
    sealed interface Blokkade {}

    record Onbekend() implements Blokkade {}

    record AlGeblokkeerd(Regel regel) implements Blokkade {}

    /** @param gebruikt when a ballot with the old code was received, if one was: that vote still counts */
    record Geblokkeerd(Brief nieuw, Optional<String> gebruikt) implements Blokkade {}

    /** Blocks the code of letter {@code nummer} and makes one new letter to replace it. */
    Blokkade blokkeer(String wijkbudgetId, int nummer, String prefix) {
        Optional<String[]> oud = db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT hash, gemaakt, geblokkeerd, vervangen_door "
                    + "FROM stemcode_brief WHERE wijkbudget = ? AND nummer = ?")) {
                q.setString(1, wijkbudgetId);
                q.setInt(2, nummer);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(
                                    new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                            : Optional.<String[]>empty();
                }
            }
        });
        if (oud.isEmpty()) {
            return new Onbekend();
        }
        String[] r = oud.get();
        if (r[2] != null) {
            return new AlGeblokkeerd(new Regel(nummer, r[1], r[2], r[3] == null ? null : Integer.valueOf(r[3])));
        }
        Optional<String> gebruikt = store.gebruikt(wijkbudgetId, r[0]);
        Brief nieuw = maak(wijkbudgetId, prefix, 1).getFirst();
        db.run(c -> {
            store.blokkeer(c, wijkbudgetId, r[0]);
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE stemcode_brief SET geblokkeerd = ?, vervangen_door = ? "
                            + "WHERE wijkbudget = ? AND nummer = ?")) {
                s.setString(1, Instant.now().toString());
                s.setInt(2, nieuw.nummer());
                s.setString(3, wijkbudgetId);
                s.setInt(4, nummer);
                s.executeUpdate();
            }
        });
        return new Geblokkeerd(nieuw, gebruikt);
    }

    int aantal(String wijkbudgetId) {
        return db.transaction(c -> laatste(c, wijkbudgetId));
    }

    List<Regel> geblokkeerd(String wijkbudgetId) {
        return db.transaction(c -> {
            List<Regel> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT nummer, gemaakt, geblokkeerd, vervangen_door FROM "
                    + "stemcode_brief WHERE wijkbudget = ? AND geblokkeerd IS NOT NULL ORDER BY nummer")) {
                q.setString(1, wijkbudgetId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Regel(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return result;
        });
    }

    private static int laatste(Connection c, String wijkbudgetId) throws SQLException {
        try (PreparedStatement q =
                c.prepareStatement("SELECT COALESCE(MAX(nummer), 0) FROM stemcode_brief WHERE wijkbudget = ?")) {
            q.setString(1, wijkbudgetId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
