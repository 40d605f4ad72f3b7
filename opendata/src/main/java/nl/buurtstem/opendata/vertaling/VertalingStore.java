package nl.buurtstem.opendata.vertaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/**
 * Translations of content items (a plan's title, an initiative's story, ...). Items are written in Dutch; a kiosk
 * shows a translation where there is one and falls back to Dutch, saying so, where there is none.
 * An item is named {@code "<kind>/<id>"}, e.g. {@code "plan/herinrichting-vechtstraat"}.
 */
public final class VertalingStore {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "vertaling",
            List.of(
                    "CREATE TABLE vertaling (item TEXT NOT NULL, taal TEXT NOT NULL, velden TEXT NOT NULL, PRIMARY KEY (item, taal))"));
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final Database db;
    private final ObjectMapper json;

    public VertalingStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Sets the translation of some fields of an item into one language (a BCP 47 code such as "ar"). */
    public void save(String item, String taal, Map<String, String> velden) {
        String body;
        try {
            body = json.writeValueAsString(velden);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("translation cannot be stored", e);
        }
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO vertaling(item, taal, velden) VALUES (?, ?, ?) "
                    + "ON CONFLICT(item, taal) DO UPDATE SET velden = excluded.velden")) {
                s.setString(1, item);
                s.setString(2, taal);
                s.setString(3, body);
                s.executeUpdate();
            }
        });
    }

    /** Every translation: item → language → field → text. */
    public Map<String, Map<String, Map<String, String>>> all() {
        return db.transaction(c -> {
            Map<String, Map<String, Map<String, String>>> result = new TreeMap<>();
            try (PreparedStatement q =
                            c.prepareStatement("SELECT item, taal, velden FROM vertaling ORDER BY item, taal");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), read(rs.getString(3)));
                }
            }
            return result;
        });
    }

    private Map<String, String> read(String body) {
        try {
            return json.readValue(body, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored translation is unreadable", e);
        }
    }
}
