package nl.buurtstem.opendata.wijkbudget;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
                            + "PRIMARY KEY (kiosk_id, seq))"));

    /** A wijkbudget as a kiosk downloads it: with the hashes of its valid stemcodes, so it can check them offline. */
    public record VoorKiosk(Wijkbudget wijkbudget, List<String> stemcodeHashes) {}

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

    /** Adds valid stemcodes; only their hashes are kept. */
    public void addStemcodes(String wijkbudgetId, List<String> codes) {
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO stemcode(wijkbudget, hash) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String code : codes) {
                    s.setString(1, wijkbudgetId);
                    s.setString(2, Stemcode.hash(wijkbudgetId, code));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    public List<VoorKiosk> forKiosk(String wijkcode) {
        List<VoorKiosk> result = new ArrayList<>();
        for (Wijkbudget w : documents.forWijk(wijkcode)) {
            result.add(new VoorKiosk(w, w.stemcodes() ? hashes(w.id()) : List.of()));
        }
        return result;
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
