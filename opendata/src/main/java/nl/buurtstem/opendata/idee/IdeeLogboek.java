package nl.buurtstem.opendata.idee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtstem.opendata.store.Database;

/**
 * The sync's log of idea events without the contact details. They live only in the idea's own row, where they are
 * wiped after the retention time; the log kept a copy of each event as the kiosk sent it, contact and all, until
 * {@link IdeeHandler#bewaard} left them out. This takes them out of ideas logged before that, once at start.
 */
final class IdeeLogboek {

    private final Database db;
    private final ObjectMapper json;

    IdeeLogboek(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Returns how many logged ideas still held contact details. */
    int wisContact() {
        return db.transaction(c -> {
            Map<String, String> zonder = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT kiosk_id, seq, data FROM kiosk_event "
                            + "WHERE type = 'idee' AND data LIKE '%\"contact\"%'");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ObjectNode data = (ObjectNode) lees(rs.getString(3));
                    if (data.remove("contact") != null) {
                        zonder.put(rs.getString(1) + "\n" + rs.getLong(2), data.toString());
                    }
                }
            }
            try (PreparedStatement u =
                    c.prepareStatement("UPDATE kiosk_event SET data = ? WHERE kiosk_id = ? AND seq = ?")) {
                for (var e : zonder.entrySet()) {
                    String[] sleutel = e.getKey().split("\n", 2);
                    u.setString(1, e.getValue());
                    u.setString(2, sleutel[0]);
                    u.setLong(3, Long.parseLong(sleutel[1]));
                    u.executeUpdate();
                }
            }
            return zonder.size();
        });
    }

    private JsonNode lees(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged idea event is unreadable", e);
        }
    }
}
