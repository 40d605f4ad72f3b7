package nl.buurtstem.opendata.wijkbudget;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.DocumentStore;
import nl.buurtstem.opendata.store.Migrations;

/** Wijkbudgetten, their stemcodes (hashed only) and the ballots cast for them. */
public final class WijkbudgetStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijkbudget",
            List.of(
                    DocumentStore.createTable("wijkbudget"),
                    "CREATE TABLE stemcode (wijkbudget TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (wijkbudget, hash))",
                    // Which ballot a stemcode was first used for: the published rule counts only that one.
                    "CREATE TABLE stemcode_gebruik (wijkbudget TEXT NOT NULL, hash TEXT NOT NULL, kiosk_id TEXT NOT NULL, "
                            + "seq INTEGER NOT NULL, PRIMARY KEY (wijkbudget, hash))",
                    "CREATE TABLE stembiljet (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, wijkbudget TEXT NOT NULL, "
                            + "voorstellen TEXT NOT NULL, geteld INTEGER NOT NULL, reden TEXT, ontvangen TEXT NOT NULL, "
                            + "PRIMARY KEY (kiosk_id, seq))",
                    // Stemcodes became salted slow hashes (issue 16): the old unsalted ones cannot be checked any more.
                    "DELETE FROM stemcode",
                    "CREATE TABLE stemcode_zout (wijkbudget TEXT PRIMARY KEY, zout TEXT NOT NULL, "
                            + "iteraties INTEGER NOT NULL)",
                    // The letters on the latest codes (e.g. DIEZ), so the kiosk shows them already typed.
                    "CREATE TABLE stemcode_prefix (wijkbudget TEXT PRIMARY KEY, prefix TEXT NOT NULL)"));

    /**
     * A wijkbudget as a kiosk downloads it: with the hashes of its valid stemcodes and how they were made (salt in
     * base64, iterations), so it can check a typed code offline, and the letters printed in front of its codes.
     */
    public record VoorKiosk(
            Wijkbudget wijkbudget,
            List<String> stemcodeHashes,
            String stemcodeZout,
            Integer stemcodeIteraties,
            String stemcodePrefix) {}

    private record Zout(byte[] bytes, int iteraties) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final DocumentStore<Wijkbudget> documents;

    public WijkbudgetStore(Database db, ObjectMapper json) {
        this.db = db;
        this.documents =
                new DocumentStore<>(db, "wijkbudget", Wijkbudget.class, json, Wijkbudget::id, Wijkbudget::wijk);
    }

    public void save(Wijkbudget wijkbudget) {
        documents.save(wijkbudget);
    }

    public Optional<Wijkbudget> find(String id) {
        return documents.find(id);
    }

    public List<Wijkbudget> all() {
        return documents.all();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /**
     * Makes {@code aantal} fresh stemcodes ({@code PREFIX-XXXX-XXXX-XXXX}) for the letters and keeps only their
     * salted hashes; the codes are returned once, for printing.
     */
    public List<String> nieuweStemcodes(String wijkbudgetId, String prefix, int aantal) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            codes.add(Stemcode.nieuw(RANDOM, prefix));
        }
        addStemcodes(wijkbudgetId, codes);
        return codes;
    }

    /**
     * Like {@link #nieuweStemcodes}, hashing each code once, and returning each printed code with its hash (for the
     * letters' register, which keeps only the hash beside the letter's number).
     */
    public Map<String, String> nieuweStemcodesMetHash(String wijkbudgetId, String prefix, int aantal) {
        Zout zout = zout(wijkbudgetId);
        Map<String, String> codes = new LinkedHashMap<>();
        while (codes.size() < aantal) {
            String code = Stemcode.nieuw(RANDOM, prefix);
            codes.put(code, Stemcode.hash(Stemcode.normaliseer(code).orElseThrow(), zout.bytes(), zout.iteraties()));
        }
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO stemcode(wijkbudget, hash) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String hash : codes.values()) {
                    s.setString(1, wijkbudgetId);
                    s.setString(2, hash);
                    s.addBatch();
                }
                s.executeBatch();
            }
            bewaarPrefix(c, wijkbudgetId, prefix);
        });
        return codes;
    }

    /** Adds valid stemcodes as printed ({@link Stemcode}); only their salted hashes are kept. */
    public void addStemcodes(String wijkbudgetId, List<String> codes) {
        List<String> symbolen = codes.stream()
                .map(code -> Stemcode.normaliseer(code)
                        .orElseThrow(() -> new IllegalArgumentException("not a stemcode: PREFIX-XXXX-XXXX-XXXX")))
                .toList();
        Zout zout = zout(wijkbudgetId);
        List<String> hashes = symbolen.stream()
                .map(s -> Stemcode.hash(s, zout.bytes(), zout.iteraties()))
                .toList();
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO stemcode(wijkbudget, hash) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String hash : hashes) {
                    s.setString(1, wijkbudgetId);
                    s.setString(2, hash);
                    s.addBatch();
                }
                s.executeBatch();
            }
            if (!codes.isEmpty()) {
                bewaarPrefix(c, wijkbudgetId, codes.getLast().split("-", 2)[0]);
            }
        });
    }

    private static void bewaarPrefix(Connection c, String wijkbudgetId, String prefix) throws SQLException {
        String letters = prefix.toUpperCase(Locale.ROOT);
        if (!letters.matches("[A-Z]{2,6}")) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stemcode_prefix(wijkbudget, prefix) VALUES (?, ?) "
                + "ON CONFLICT(wijkbudget) DO UPDATE SET prefix = excluded.prefix")) {
            s.setString(1, wijkbudgetId);
            s.setString(2, letters);
            s.executeUpdate();
        }
    }

    /** The letters printed in front of this wijkbudget's latest stemcodes, if codes were made. */
    public Optional<String> prefix(String wijkbudgetId) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT prefix FROM stemcode_prefix WHERE wijkbudget = ?")) {
                q.setString(1, wijkbudgetId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The hash kept for a code as printed, with this wijkbudget's salt; empty when it cannot be a stemcode. */
    public Optional<String> stemcodeHash(String wijkbudgetId, String code) {
        Zout zout = zout(wijkbudgetId);
        return Stemcode.normaliseer(code).map(s -> Stemcode.hash(s, zout.bytes(), zout.iteraties()));
    }

    /** Makes a stemcode invalid from now on (a lost letter); kiosks drop it at their next content download. */
    public boolean blokkeer(Connection c, String wijkbudgetId, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM stemcode WHERE wijkbudget = ? AND hash = ?")) {
            s.setString(1, wijkbudgetId);
            s.setString(2, hash);
            return s.executeUpdate() == 1;
        }
    }

    /** Whether a ballot was counted with this stemcode, and when the central node received it. */
    public Optional<String> gebruikt(String wijkbudgetId, String hash) {
        return db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT b.ontvangen FROM stemcode_gebruik g JOIN stembiljet b "
                            + "ON b.kiosk_id = g.kiosk_id AND b.seq = g.seq WHERE g.wijkbudget = ? AND g.hash = ?")) {
                q.setString(1, wijkbudgetId);
                q.setString(2, hash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public boolean delete(String id) {
        return documents.delete(id);
    }

    public boolean heeftStemcodes(String wijkbudgetId) {
        return !hashes(wijkbudgetId).isEmpty();
    }

    public List<VoorKiosk> forKiosk(String wijkcode) {
        List<VoorKiosk> result = new ArrayList<>();
        for (Wijkbudget w : documents.forWijk(wijkcode)) {
            if (w.stemcodes()) {
                Zout zout = zout(w.id());
                result.add(new VoorKiosk(
                        w,
                        hashes(w.id()),
                        Base64.getEncoder().encodeToString(zout.bytes()),
                        zout.iteraties(),
                        prefix(w.id()).orElse(null)));
            } else {
                result.add(new VoorKiosk(w, List.of(), null, null, null));
            }
        }
        return result;
    }

    /** The wijkbudget's salt, made at its first stemcode; one per wijkbudget so a kiosk hashes a typed code once. */
    private Zout zout(String wijkbudgetId) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stemcode_zout(wijkbudget, zout, iteraties) "
                    + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                byte[] fresh = new byte[16];
                RANDOM.nextBytes(fresh);
                s.setString(1, wijkbudgetId);
                s.setString(2, Base64.getEncoder().encodeToString(fresh));
                s.setInt(3, Stemcode.ITERATIES);
                s.executeUpdate();
            }
            try (PreparedStatement q =
                    c.prepareStatement("SELECT zout, iteraties FROM stemcode_zout WHERE wijkbudget = ?")) {
                q.setString(1, wijkbudgetId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return new Zout(Base64.getDecoder().decode(rs.getString(1)), rs.getInt(2));
                }
            }
        });
    }

    boolean isValidStemcode(Connection c, String wijkbudgetId, String hash) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM stemcode WHERE wijkbudget = ? AND hash = ?")) {
            q.setString(1, wijkbudgetId);
            q.setString(2, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Counted ballots per proposal id, in the order of the proposals. */
    public Map<String, Long> uitslag(String wijkbudgetId) {
        Wijkbudget w = find(wijkbudgetId).orElseThrow();
        Map<String, Long> result = new LinkedHashMap<>();
        w.voorstellen().forEach(v -> result.put(v.id(), 0L));
        db.run(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT voorstellen FROM stembiljet WHERE wijkbudget = ? AND geteld = 1")) {
                q.setString(1, wijkbudgetId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        for (String id : rs.getString(1).split(",")) {
                            result.computeIfPresent(id, (k, n) -> n + 1);
                        }
                    }
                }
            }
        });
        return result;
    }

    private List<String> hashes(String wijkbudgetId) {
        return db.transaction(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement q =
                    c.prepareStatement("SELECT hash FROM stemcode WHERE wijkbudget = ? ORDER BY hash")) {
                q.setString(1, wijkbudgetId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
            return result;
        });
    }
}
