package nl.buurtstem.opendata.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Published content items (polls, plans, initiatives) kept as JSON documents keyed by their reference,
 * with the wijk beside them for lookups. Content changes shape often; its JSON is what the kiosks get.
 */
public final class DocumentStore<T> {

    private final Database db;
    private final String table;
    private final Class<T> type;
    private final ObjectMapper json;
    private final Function<T, String> id;
    private final Function<T, String> wijk;

    public DocumentStore(
            Database db,
            String table,
            Class<T> type,
            ObjectMapper json,
            Function<T, String> id,
            Function<T, String> wijk) {
        this.db = db;
        this.table = table;
        this.type = type;
        this.json = json;
        this.id = id;
        this.wijk = wijk;
    }

    /** The schema step that creates the table for a document type. */
    public static String createTable(String table) {
        return "CREATE TABLE " + table
                + " (id TEXT PRIMARY KEY, wijk TEXT, json TEXT NOT NULL, changed_at TEXT NOT NULL)";
    }

    public void save(T item) {
        String body = write(item);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + "(id, wijk, json, changed_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET wijk = excluded.wijk, json = excluded.json, "
                    + "changed_at = excluded.changed_at")) {
                s.setString(1, id.apply(item));
                s.setString(2, wijk.apply(item));
                s.setString(3, body);
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    /** Removes the item; false when there was none. */
    public boolean delete(String ref) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                s.setString(1, ref);
                return s.executeUpdate() == 1;
            }
        });
    }

    public Optional<T> find(String ref) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT json FROM " + table + " WHERE id = ?")) {
                q.setString(1, ref);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.<T>empty();
                }
            }
        });
    }

    public List<T> all() {
        return db.transaction(c -> {
            List<T> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT json FROM " + table + " ORDER BY id");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs.getString(1)));
                }
            }
            return result;
        });
    }

    /** Items for one wijk, including those meant for every wijk (no wijk set). */
    public List<T> forWijk(String wijkcode) {
        return all().stream()
                .filter(item -> {
                    String w = wijk.apply(item);
                    return w == null || w.equals(wijkcode);
                })
                .toList();
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    private String write(T item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + type.getSimpleName(), e);
        }
    }

    private T read(String body) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
