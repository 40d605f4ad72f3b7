package nl.buurtstem.opendata.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * The kiosks the municipality registered: their identity, their secret, and how far their events are committed.
 * An enrollment token is stored only as a hash: the boot card that carries it can be read by anyone.
 */
public final class KioskRegistry {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
                    "kiosk",
                    List.of(
                            "CREATE TABLE kiosk (id TEXT PRIMARY KEY, naam TEXT NOT NULL, buurthuis TEXT, wijk TEXT NOT NULL, "
                                    + "enrollment_token_hash TEXT UNIQUE, secret TEXT, registered_at TEXT NOT NULL, "
                                    + "revoked_at TEXT, revoked_reason TEXT, acked_seq INTEGER NOT NULL DEFAULT 0, last_seen TEXT)",
                            // Opening hours of the buurthuis as JSON per weekday (Openingstijden); NULL = always open.
                            "ALTER TABLE kiosk ADD COLUMN openingstijden TEXT",
                            // What happened to a kiosk (enrolled, restarted, alerted ...), for its page on the
                            // dashboard.
                            "CREATE TABLE kiosk_gebeurtenis (id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, "
                                    + "at TEXT NOT NULL, wat TEXT NOT NULL)"))
            .formerly("fleet#0", "fleet#1", "fleet-monitor#8");

    /** What staff hand to a new kiosk: its id and a one-time token it exchanges for its own secret. */
    public record Registration(String kioskId, String enrollmentToken) {}

    /** What an enrolled kiosk keeps: its id and its signing secret. */
    public record Credentials(String kioskId, String secret, String wijk, String naam) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;

    public KioskRegistry(Database db) {
        this.db = db;
    }

    public Registration register(String naam, String buurthuis, String wijk) {
        String id = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        String token = randomToken();
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO kiosk(id, naam, buurthuis, wijk, enrollment_token_hash, "
                            + "registered_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, naam);
                s.setString(3, buurthuis);
                s.setString(4, wijk);
                s.setString(5, sha256(token));
                s.setString(6, Instant.now().toString());
                s.executeUpdate();
            }
        });
        return new Registration(id, token);
    }

    /** Sets when the kiosk's buurthuis is open (checked by {@link nl.buurtstem.opstartkaart.Openingstijden#uit}); null = always open. */
    public void setOpeningstijden(String id, Map<String, List<String>> openingstijden) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE kiosk SET openingstijden = ? WHERE id = ?")) {
                s.setString(1, OpeningstijdenKolom.toJson(openingstijden));
                s.setString(2, id);
                s.executeUpdate();
            }
        });
    }

    /** Exchanges a one-time enrollment token for the kiosk's own secret; empty if the token is unknown or used. */
    public Optional<Credentials> enroll(String enrollmentToken) {
        String secret = randomToken();
        return db.transaction(c -> {
            Optional<Kiosk> kiosk = findBy(c, "enrollment_token_hash", sha256(enrollmentToken));
            if (kiosk.isEmpty() || kiosk.get().isRevoked()) {
                return Optional.empty();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE kiosk SET secret = ?, enrollment_token_hash = NULL WHERE id = ? AND enrollment_token_hash = ?")) {
                s.setString(1, secret);
                s.setString(2, kiosk.get().id());
                s.setString(3, sha256(enrollmentToken));
                if (s.executeUpdate() == 0) {
                    // The same token, used at the same moment through another central node: that one got it.
                    return Optional.<Credentials>empty();
                }
            }
            return Optional.of(new Credentials(
                    kiosk.get().id(), secret, kiosk.get().wijk(), kiosk.get().naam()));
        });
    }

    public Optional<Kiosk> find(String id) {
        return db.read(c -> findBy(c, "id", id));
    }

    /** The secret an enrolled kiosk signs with; empty for unknown or not yet enrolled kiosks. */
    public Optional<String> secretOf(String id) {
        return db.read(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT secret FROM kiosk WHERE id = ? AND secret IS NOT NULL")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void revoke(String id, String reason) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE kiosk SET revoked_at = ?, revoked_reason = ? WHERE id = ?")) {
                s.setString(1, Instant.now().toString());
                s.setString(2, reason);
                s.setString(3, id);
                s.executeUpdate();
            }
        });
    }

    public List<Kiosk> all() {
        return db.transaction(c -> {
            List<Kiosk> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM kiosk ORDER BY naam");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        });
    }

    /** Within an ingest transaction: moves the acknowledged sequence and notes the kiosk was seen. */
    public static void noteSync(Connection c, String kioskId, long ackedSeq, Instant seen) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE kiosk SET acked_seq = ?, last_seen = ? WHERE id = ?")) {
            s.setLong(1, ackedSeq);
            s.setString(2, seen.toString());
            s.setString(3, kioskId);
            s.executeUpdate();
        }
    }

    public static Optional<Kiosk> find(Connection c, String id) throws SQLException {
        return findBy(c, "id", id);
    }

    private static final String COLUMNS =
            "id, naam, buurthuis, wijk, secret IS NOT NULL, revoked_at, revoked_reason, acked_seq, last_seen, openingstijden";

    private static Optional<Kiosk> findBy(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM kiosk WHERE " + column + " = ?")) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Kiosk read(ResultSet rs) throws SQLException {
        return new Kiosk(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                instant(rs.getString(6)),
                rs.getString(7),
                rs.getLong(8),
                instant(rs.getString(9)),
                OpeningstijdenKolom.fromJson(rs.getString(10)));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
