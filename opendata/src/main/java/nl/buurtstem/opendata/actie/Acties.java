package nl.buurtstem.opendata.actie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.buurtstem.opendata.hartslag.Hartslag;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.StoreException;

/**
 * Remote actions waiting for, sent to, and done by kiosks. An action goes out with every heartbeat reply until the
 * kiosk reports what became of it: a reply lost on the way (a timeout, a Wi-Fi drop) no longer loses the action. The
 * kiosk carries out each action id once, also when it gets it again (docs/sync-protocol.md, "Heartbeat").
 */
public final class Acties {

    private static final String COLUMNS =
            "id, kiosk_id, soort, params, door, gevraagd_at, verstuurd_at, klaar_at, ok, bericht";
    private final Database db;
    private final ObjectMapper json;

    Acties(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public KioskActie ask(String kioskId, ActieSoort soort, Map<String, Object> params, String door, Instant at) {
        String id = UUID.randomUUID().toString();
        String paramsJson = write(params);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO kiosk_actie(id, kiosk_id, soort, params, door, "
                    + "gevraagd_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, kioskId);
                s.setString(3, soort.code());
                s.setString(4, paramsJson);
                s.setString(5, door);
                s.setString(6, at.toString());
                s.executeUpdate();
            }
        });
        return new KioskActie(id, kioskId, soort, params, door, at, null, null, null, null);
    }

    /**
     * The actions this kiosk has not reported on yet, oldest first; those not sent before are now marked as sent
     * (the dashboard's "onderweg" dates from the first time).
     */
    public List<KioskActie> handOut(String kioskId, Instant at) {
        return db.transaction(c -> {
            List<KioskActie> open = query(c, "WHERE kiosk_id = ? AND klaar_at IS NULL ORDER BY gevraagd_at", kioskId);
            try (PreparedStatement s = c.prepareStatement("UPDATE kiosk_actie SET verstuurd_at = ? "
                    + "WHERE kiosk_id = ? AND klaar_at IS NULL AND verstuurd_at IS NULL")) {
                s.setString(1, at.toString());
                s.setString(2, kioskId);
                s.executeUpdate();
            }
            return open;
        });
    }

    /**
     * Notes what the kiosk reported; false when there was nothing to note: a result for an action of another kiosk,
     * or one already noted (a kiosk reports again when it cannot know the first report arrived).
     */
    public boolean done(String kioskId, Hartslag.Result result, Instant at) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE kiosk_actie SET klaar_at = ?, ok = ?, bericht = ? "
                    + "WHERE id = ? AND kiosk_id = ? AND klaar_at IS NULL")) {
                s.setString(1, at.toString());
                s.setInt(2, result.ok() ? 1 : 0);
                s.setString(3, result.message());
                s.setString(4, result.action());
                s.setString(5, kioskId);
                return s.executeUpdate() > 0;
            }
        });
    }

    public Optional<KioskActie> find(String id) {
        return db.transaction(c -> query(c, "WHERE id = ?", id).stream().findFirst());
    }

    public List<KioskActie> recent(String kioskId, int limit) {
        return db.transaction(c -> query(c, "WHERE kiosk_id = ? ORDER BY gevraagd_at DESC LIMIT " + limit, kioskId));
    }

    private List<KioskActie> query(Connection c, String where, String param) throws SQLException {
        List<KioskActie> result = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM kiosk_actie " + where)) {
            q.setString(1, param);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Object ok = rs.getObject(9);
                    result.add(new KioskActie(
                            rs.getString(1),
                            rs.getString(2),
                            ActieSoort.of(rs.getString(3)).orElseThrow(),
                            read(rs.getString(4)),
                            rs.getString(5),
                            instant(rs.getString(6)),
                            instant(rs.getString(7)),
                            instant(rs.getString(8)),
                            ok == null ? null : rs.getInt(9) != 0,
                            rs.getString(10)));
                }
            }
        }
        return result;
    }

    private String write(Map<String, Object> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot store action parameters", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new StoreException("stored action parameters are unreadable", e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
