package nl.buurtstem.opendata.idee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Ideas residents left at a kiosk, and what the municipality did with them. The contact details a resident agreed to
 * leave live only in this table of the central node: never in RDF, open data or logs, read one idea at a time, and
 * wiped a set time after the idea was dealt with.
 */
public final class IdeeStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "idee",
            List.of(
                    "CREATE TABLE idee (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, wijk TEXT, thema TEXT NOT NULL, "
                            + "tekst TEXT NOT NULL, taal TEXT, contact TEXT, ontvangen TEXT NOT NULL, PRIMARY KEY (kiosk_id, seq))",
                    "ALTER TABLE idee ADD COLUMN context TEXT",
                    "ALTER TABLE idee ADD COLUMN status TEXT NOT NULL DEFAULT 'ontvangen'",
                    "ALTER TABLE idee ADD COLUMN behandelaar TEXT",
                    "ALTER TABLE idee ADD COLUMN antwoord TEXT",
                    "ALTER TABLE idee ADD COLUMN omgezet_naar TEXT",
                    "ALTER TABLE idee ADD COLUMN dubbel_van TEXT",
                    // Epoch milliseconds: when it was dealt with, and when its contact details were wiped.
                    "ALTER TABLE idee ADD COLUMN gesloten INTEGER",
                    "ALTER TABLE idee ADD COLUMN contact_gewist INTEGER",
                    // SHA-256 of the receipt code the kiosk showed the resident ("Mijn inbreng"), never the code.
                    "ALTER TABLE idee ADD COLUMN bon TEXT",
                    "CREATE INDEX idee_bon ON idee(bon)"));

    private static final String VELDEN = "kiosk_id, seq, wijk, thema, tekst, taal, ontvangen, context, status, "
            + "behandelaar, antwoord, omgezet_naar, dubbel_van, contact IS NOT NULL, gesloten";

    /** An idea as the kiosk sent it; {@code contact} is null unless the resident explicitly agreed. */
    record Binnengekomen(
            String kioskId,
            long seq,
            String wijk,
            String thema,
            String tekst,
            String taal,
            String contact,
            String ontvangen,
            String context,
            String bon) {}

    /** What the ideeënmakelaar decided; null fields are cleared. */
    public record Behandeling(
            IdeeStatus status, String behandelaar, String antwoord, String omgezetNaar, String dubbelVan) {}

    /** Which ideas to list; a null field does not filter. */
    public record Filter(String wijk, String thema, String context, IdeeStatus status) {
        public static final Filter ALLES = new Filter(null, null, null, null);
    }

    private final Database db;

    public IdeeStore(Database db) {
        this.db = db;
    }

    static boolean record(Connection c, Binnengekomen idee) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idee(kiosk_id, seq, wijk, thema, tekst, taal, "
                + "contact, ontvangen, context, bon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, idee.kioskId());
            s.setLong(2, idee.seq());
            s.setString(3, idee.wijk());
            s.setString(4, idee.thema());
            s.setString(5, idee.tekst());
            s.setString(6, idee.taal());
            s.setString(7, idee.contact());
            s.setString(8, idee.ontvangen());
            s.setString(9, idee.context());
            s.setString(10, idee.bon());
            return s.executeUpdate() == 1;
        }
    }

    /** The newest first. */
    public List<Idee> zoek(Filter filter) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + VELDEN + " FROM idee WHERE "
                    + "(? IS NULL OR wijk = ?) AND (? IS NULL OR thema = ?) AND (? IS NULL OR context = ?) "
                    + "AND (? IS NULL OR status = ?) ORDER BY ontvangen DESC, kiosk_id, seq")) {
                String[] waarden = {
                    filter.wijk(),
                    filter.thema(),
                    filter.context(),
                    filter.status() == null ? null : filter.status().code()
                };
                for (int i = 0; i < waarden.length; i++) {
                    q.setString(2 * i + 1, waarden[i]);
                    q.setString(2 * i + 2, waarden[i]);
                }
                return lees(q);
            }
        });
    }

    public Optional<Idee> find(String kioskId, long seq) {
        return db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT " + VELDEN + " FROM idee WHERE kiosk_id = ? AND seq = ?")) {
                q.setString(1, kioskId);
                q.setLong(2, seq);
                return lees(q).stream().findFirst();
            }
        });
    }

    /** The idea whose receipt code hashes to {@code bon}. */
    public Optional<Idee> metBon(String bon) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + VELDEN + " FROM idee WHERE bon = ?")) {
                q.setString(1, bon);
                return lees(q).stream().findFirst();
            }
        });
    }

    /** Records what staff decided; the first time it is dealt with starts the contact details' countdown. */
    public void behandel(Idee idee, Behandeling b, Instant nu) {
        db.run(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE idee SET status = ?, behandelaar = ?, antwoord = ?, "
                    + "omgezet_naar = ?, dubbel_van = ?, gesloten = CASE WHEN ? THEN coalesce(gesloten, ?) END "
                    + "WHERE kiosk_id = ? AND seq = ?")) {
                u.setString(1, b.status().code());
                u.setString(2, b.behandelaar());
                u.setString(3, b.antwoord());
                u.setString(4, b.omgezetNaar());
                u.setString(5, b.dubbelVan());
                u.setBoolean(6, b.status().klaar());
                u.setLong(7, nu.toEpochMilli());
                u.setString(8, idee.kioskId());
                u.setLong(9, idee.seq());
                u.executeUpdate();
            }
        });
    }

    /** The contact details the resident left, if any are still kept. */
    public Optional<String> contact(String kioskId, long seq) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT contact FROM idee WHERE kiosk_id = ? AND seq = ? AND contact IS NOT NULL")) {
                q.setString(1, kioskId);
                q.setLong(2, seq);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Wipes the contact details of ideas dealt with before {@code grens}; returns how many. */
    public int wisContact(Instant grens, Instant nu) {
        return db.transaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE idee SET contact = NULL, contact_gewist = ? "
                    + "WHERE contact IS NOT NULL AND gesloten IS NOT NULL AND gesloten < ?")) {
                u.setLong(1, nu.toEpochMilli());
                u.setLong(2, grens.toEpochMilli());
                return u.executeUpdate();
            }
        });
    }

    private static List<Idee> lees(PreparedStatement q) throws SQLException {
        List<Idee> result = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Object gesloten = rs.getObject(15);
                result.add(new Idee(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Instant.parse(rs.getString(7)),
                        rs.getString(8),
                        IdeeStatus.vanCode(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getBoolean(14),
                        gesloten == null ? null : Instant.ofEpochMilli(((Number) gesloten).longValue())));
            }
        }
        return result;
    }
}
