package nl.buurtstem.opendata.wijkbudget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The receipts of wijkbudget ballots: the SHA-256 of the code the kiosk showed the voter, with the wijkbudget and
 * whether the ballot was counted. Nothing else: no kiosk, no time, no choice, and kept in the order of the hashes
 * (a table without row numbers), so neither the table nor the published list tells which ballot a receipt belongs to.
 */
public final class Stembonnen {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "stembon",
            List.of("CREATE TABLE stembon (bon TEXT PRIMARY KEY, wijkbudget TEXT NOT NULL, geteld INTEGER NOT NULL) "
                    + "WITHOUT ROWID"));

    /** What a receipt says: for which wijkbudget, and whether its ballot is in the count. */
    public record Bon(String wijkbudget, boolean geteld) {}

    private final Database db;

    Stembonnen(Database db) {
        this.db = db;
    }

    static void bewaar(Connection c, String bon, String wijkbudget, boolean geteld) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO stembon(bon, wijkbudget, geteld) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, bon);
            s.setString(2, wijkbudget);
            s.setInt(3, geteld ? 1 : 0);
            s.executeUpdate();
        }
    }

    public Optional<Bon> zoek(String bon) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT wijkbudget, geteld FROM stembon WHERE bon = ?")) {
                q.setString(1, bon);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new Bon(rs.getString(1), rs.getInt(2) == 1)) : Optional.<Bon>empty();
                }
            }
        });
    }

    /** The receipts of the counted ballots of one wijkbudget, sorted. */
    List<String> geteld(String wijkbudget) {
        return db.transaction(c -> {
            List<String> bonnen = new ArrayList<>();
            try (PreparedStatement q =
                    c.prepareStatement("SELECT bon FROM stembon WHERE wijkbudget = ? AND geteld = 1 ORDER BY bon")) {
                q.setString(1, wijkbudget);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        bonnen.add(rs.getString(1));
                    }
                }
            }
            return bonnen;
        });
    }
}
