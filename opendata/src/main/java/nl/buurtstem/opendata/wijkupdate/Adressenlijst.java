package nl.buurtstem.opendata.wijkupdate;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The addresses staff keep per wijk for the monthly poster, and per month which of them it went to. A month's row is
 * claimed before the mail goes out, so no node of a cluster and no restart sends the same month twice.
 */
final class Adressenlijst {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijkupdate",
            List.of(
                    "CREATE TABLE wijkupdate_adres (id INTEGER PRIMARY KEY AUTOINCREMENT, wijk TEXT NOT NULL, "
                            + "adres TEXT NOT NULL, token TEXT NOT NULL UNIQUE, toegevoegd_ms BIGINT NOT NULL, "
                            + "laatst_ms BIGINT, laatst_maand TEXT, fout TEXT)",
                    "CREATE UNIQUE INDEX wijkupdate_adres_uniek ON wijkupdate_adres(wijk, adres)",
                    "CREATE TABLE wijkupdate_verzending (maand TEXT NOT NULL, adres_id INTEGER NOT NULL, "
                            + "status TEXT NOT NULL, pogingen INTEGER NOT NULL, poging_ms BIGINT NOT NULL, "
                            + "PRIMARY KEY (maand, adres_id))"));

    private static final String KOLOMMEN = "id, wijk, adres, token, toegevoegd_ms, laatst_ms, laatst_maand, fout";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    Adressenlijst(Database db) {
        this.db = db;
    }

    /** Adds {@code adres} (already checked and in lower case) to the wijk's list; empty when it is on it already. */
    Optional<Abonnee> voegToe(String wijk, String adres, Instant nu) {
        return db.transaction(c -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO wijkupdate_adres(wijk, adres, token, toegevoegd_ms) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")) {
                s.setString(1, wijk);
                s.setString(2, adres);
                s.setString(3, token);
                s.setLong(4, nu.toEpochMilli());
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return een(c, "token = ?", token);
        });
    }

    /** Every address, by wijk and address; {@code wijk} null for all wijken. */
    List<Abonnee> van(String wijk) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + KOLOMMEN + " FROM wijkupdate_adres WHERE ? IS NULL OR wijk = ? ORDER BY wijk, adres")) {
                q.setString(1, wijk);
                q.setString(2, wijk);
                return lijst(q);
            }
        });
    }

    Optional<Abonnee> metId(long id) {
        return db.transaction(c -> een(c, "id = ?", id));
    }

    Optional<Abonnee> metToken(String token) {
        return db.transaction(c -> een(c, "token = ?", token));
    }

    /** Removes the address and what was sent to it: nothing of it stays. */
    void verwijder(long id) {
        db.run(c -> {
            for (String sql : List.of(
                    "DELETE FROM wijkupdate_verzending WHERE adres_id = ?",
                    "DELETE FROM wijkupdate_adres WHERE id = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
        });
    }

    /**
     * Who is due {@code maand}'s poster: on the list since before {@code sinds}, and not sent it yet, or failed fewer
     * than {@code pogingen} times of which the last before {@code opnieuwVoor}.
     */
    List<Abonnee> teVersturen(YearMonth maand, Instant sinds, Instant opnieuwVoor, int pogingen) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + KOLOMMEN.replaceAll("(\\w+)", "a.$1")
                    + " FROM wijkupdate_adres a LEFT JOIN wijkupdate_verzending v"
                    + " ON v.adres_id = a.id AND v.maand = ? WHERE a.toegevoegd_ms < ? AND (v.adres_id IS NULL"
                    + " OR (v.status = 'fout' AND v.pogingen < ? AND v.poging_ms < ?)) ORDER BY a.id")) {
                q.setString(1, maand.toString());
                q.setLong(2, sinds.toEpochMilli());
                q.setInt(3, pogingen);
                q.setLong(4, opnieuwVoor.toEpochMilli());
                return lijst(q);
            }
        });
    }

    /** Takes the month's mail to {@code a} on, unless another node or an earlier round did: true when this one may. */
    boolean neemOp(Abonnee a, YearMonth maand, Instant nu, Instant opnieuwVoor, int pogingen) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO wijkupdate_verzending(maand, adres_id, status, pogingen, poging_ms) "
                            + "VALUES (?, ?, 'bezig', 1, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, maand.toString());
                s.setLong(2, a.id());
                s.setLong(3, nu.toEpochMilli());
                if (s.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE wijkupdate_verzending SET status = 'bezig', pogingen = pogingen + 1, poging_ms = ? "
                            + "WHERE maand = ? AND adres_id = ? AND status = 'fout' AND pogingen < ? AND poging_ms < ?")) {
                s.setLong(1, nu.toEpochMilli());
                s.setString(2, maand.toString());
                s.setLong(3, a.id());
                s.setInt(4, pogingen);
                s.setLong(5, opnieuwVoor.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Per address, the month whose mail was taken on before {@code voor} and never finished: the node stopped while
     * sending. Whether it arrived is unknown; it is not sent again, so nobody gets a month twice.
     */
    Map<Long, YearMonth> onbekend(Instant voor) {
        return db.transaction(c -> {
            Map<Long, YearMonth> result = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT adres_id, maand FROM wijkupdate_verzending "
                    + "WHERE status = 'bezig' AND poging_ms < ? ORDER BY maand")) {
                q.setLong(1, voor.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getLong(1), YearMonth.parse(rs.getString(2)));
                    }
                }
            }
            return result;
        });
    }

    void verstuurd(Abonnee a, YearMonth maand, Instant nu) {
        afronden(a, maand, "verstuurd", "laatst_ms = ?, laatst_maand = ?, fout = NULL", nu.toEpochMilli(), maand);
    }

    void mislukt(Abonnee a, YearMonth maand, String fout) {
        afronden(a, maand, "fout", "fout = ?", fout, null);
    }

    private void afronden(Abonnee a, YearMonth maand, String status, String zet, Object eerste, YearMonth tweede) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE wijkupdate_verzending SET status = ? WHERE maand = ? AND adres_id = ?")) {
                s.setString(1, status);
                s.setString(2, maand.toString());
                s.setLong(3, a.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE wijkupdate_adres SET " + zet + " WHERE id = ?")) {
                s.setObject(1, eerste);
                int i = 2;
                if (tweede != null) {
                    s.setString(i++, tweede.toString());
                }
                s.setLong(i, a.id());
                s.executeUpdate();
            }
        });
    }

    private static Optional<Abonnee> een(Connection c, String waar, Object waarde) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + KOLOMMEN + " FROM wijkupdate_adres WHERE " + waar)) {
            q.setObject(1, waarde);
            return lijst(q).stream().findFirst();
        }
    }

    private static List<Abonnee> lijst(PreparedStatement q) throws SQLException {
        List<Abonnee> result = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long laatst = rs.getLong(6);
                boolean verstuurd = !rs.wasNull();
                String maand = rs.getString(7);
                result.add(new Abonnee(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)),
                        verstuurd ? Instant.ofEpochMilli(laatst) : null,
                        maand == null ? null : YearMonth.parse(maand),
                        rs.getString(8)));
            }
        }
        return result;
    }
}
