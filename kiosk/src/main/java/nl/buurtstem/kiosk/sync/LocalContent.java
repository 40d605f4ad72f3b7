package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;

/**
 * The kiosk's own copy of what the central node publishes for its wijk. The kiosk shows only this copy,
 * so it works the same with the network cable pulled.
 */
public final class LocalContent {

    /** One row: the content as last downloaded, with its ETag. */
    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "content",
            List.of("CREATE TABLE IF NOT EXISTS content (id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT, "
                    + "body BLOB NOT NULL)"));

    private final Database db;
    private final ObjectMapper json;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile JsonNode current;
    private volatile String etag;

    public LocalContent(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
        db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT etag, body FROM content WHERE id = 1");
                    ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    etag = rs.getString(1);
                    current = parse(rs.getBytes(2));
                } else {
                    current = json.createObjectNode();
                }
            }
            return null;
        });
    }

    /** The content as last downloaded; an empty object before the first download. */
    public JsonNode current() {
        return current;
    }

    String etag() {
        return etag;
    }

    /** Calls {@code listener} after each change of content. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void replace(String newEtag, byte[] body) {
        JsonNode parsed = parse(body);
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO content(id, etag, body) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET etag = excluded.etag, body = excluded.body")) {
                s.setString(1, newEtag);
                s.setBytes(2, body);
                return s.executeUpdate();
            }
        });
        current = parsed;
        etag = newEtag;
        listeners.forEach(Runnable::run);
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("content from the central node is not JSON", e);
        }
    }
}
