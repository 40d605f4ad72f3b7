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
 * Remote actions waiting for, sent to, and done by kiosks. An action is handed out once: a reboot that was
 * carried by a lost reply is asked again by staff rather than repeated by the kiosk after it comes back.
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

    /** The actions waiting for this kiosk, now marked as sent. */
    public List<KioskActie> handOut(String kioskId, Instant at) {
        return db.transaction(c -> {
            List<KioskActie> waiting =
                    query(c, "WHERE kiosk_id = ? AND verstuurd_at IS NULL ORDER BY gevraagd_at", kioskId);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE kiosk_actie SET verstuurd_at = ? WHERE kiosk_id = ? AND verstuurd_at IS NULL")) {
                s.setString(1, at.toString());
                s.setString(2, kioskId);
                s.executeUpdate();
            }
            return waiting;
        });
    }

    /** Notes what the kiosk reported; a result for an action of another kiosk is ignored. */
    public void done(String kioskId, Hartslag.Result result, Instant at) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE kiosk_actie SET klaar_at = ?, ok = ?, bericht = ? "
                    + "WHERE id = ? AND kiosk_id = ? AND klaar_at IS NULL")) {
                s.setString(1, at.toString());
                s.setInt(2, result.ok() ? 1 : 0);
                s.setString(3, result.message());
                s.setString(4, result.action());
                s.setString(5, kioskId);
                s.executeUpdate();
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
