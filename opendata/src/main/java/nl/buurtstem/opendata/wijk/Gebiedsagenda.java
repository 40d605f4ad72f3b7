package nl.buurtstem.opendata.wijk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/**
 * A wijk's gebiedsagenda: the goals the municipality and the wijk set together, and the tasks that follow from them.
 * Kiosks get their own wijk's (section "gebiedsagenda").
 *
 * @param gewijzigd when staff last changed its text; null before it is stored (or when stored before we kept it)
 */
public record Gebiedsagenda(String wijk, List<String> doelen, List<String> opgaven, Instant gewijzigd) {

    private static final String ITEM = "gebiedsagenda/";

    public Gebiedsagenda {
        doelen = List.copyOf(doelen);
        opgaven = List.copyOf(opgaven);
    }

    /** An agenda as staff write it, not yet stored. */
    public Gebiedsagenda(String wijk, List<String> doelen, List<String> opgaven) {
        this(wijk, doelen, opgaven, null);
    }

    /** As translators and kiosks name it: "gebiedsagenda/{wijk}". */
    public String item() {
        return ITEM + wijk;
    }

    /** The wijk whose agenda {@code item} names, if it names one. */
    static Optional<String> wijkVan(String item) {
        return item.startsWith(ITEM) ? Optional.of(item.substring(ITEM.length())) : Optional.empty();
    }

    /**
     * Its texts as fields to translate, in the order staff wrote them: "doel1", "doel2", ..., "opgave1", ... A goal
     * moved to another line is another field's text, so its translation is seen as made from other Dutch.
     */
    public Map<String, String> velden() {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < doelen.size(); i++) {
            velden.put("doel" + (i + 1), doelen.get(i));
        }
        for (int i = 0; i < opgaven.size(); i++) {
            velden.put("opgave" + (i + 1), opgaven.get(i));
        }
        return velden;
    }

    public boolean leeg() {
        return doelen.isEmpty() && opgaven.isEmpty();
    }

    /** Where agendas are kept (table wijk_agenda, made with the outlines' schema). */
    public static final class Store {
        private static final TypeReference<List<String>> LIJST = new TypeReference<>() {};
        private final Database db;
        private final ObjectMapper json;
        private final Clock clock;

        Store(Database db, ObjectMapper json, Clock clock) {
            this.db = db;
            this.json = json;
            this.clock = clock;
        }

        /** Stores the agenda; saving the same text again keeps the date it last changed. */
        public void bewaar(Gebiedsagenda a) throws JsonProcessingException {
            String doelen = json.writeValueAsString(a.doelen());
            String opgaven = json.writeValueAsString(a.opgaven());
            db.run(c -> {
                try (PreparedStatement s =
                        c.prepareStatement("INSERT INTO wijk_agenda(code, doelen, opgaven, gewijzigd) "
                                + "VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET doelen = excluded.doelen, "
                                + "opgaven = excluded.opgaven, gewijzigd = CASE WHEN wijk_agenda.doelen = excluded.doelen "
                                + "AND wijk_agenda.opgaven = excluded.opgaven THEN wijk_agenda.gewijzigd "
                                + "ELSE excluded.gewijzigd END")) {
                    s.setString(1, a.wijk());
                    s.setString(2, doelen);
                    s.setString(3, opgaven);
                    s.setString(4, clock.instant().toString());
                    s.executeUpdate();
                }
            });
        }

        public Optional<Gebiedsagenda> van(String wijk) {
            return db.transaction(c -> {
                try (PreparedStatement q =
                        c.prepareStatement("SELECT code, doelen, opgaven, gewijzigd FROM wijk_agenda WHERE code = ?")) {
                    q.setString(1, wijk);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() ? Optional.of(lees(rs)) : Optional.<Gebiedsagenda>empty();
                    }
                }
            });
        }

        /** Every stored agenda, by wijk code. */
        public List<Gebiedsagenda> alle() {
            return db.transaction(c -> {
                List<Gebiedsagenda> alle = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement(
                                "SELECT code, doelen, opgaven, gewijzigd FROM wijk_agenda ORDER BY code");
                        ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        alle.add(lees(rs));
                    }
                }
                return alle;
            });
        }

        private Gebiedsagenda lees(ResultSet rs) throws SQLException {
            try {
                return new Gebiedsagenda(
                        rs.getString(1),
                        json.readValue(rs.getString(2), LIJST),
                        json.readValue(rs.getString(3), LIJST),
                        rs.getString(4) == null ? null : Instant.parse(rs.getString(4)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored gebiedsagenda is unreadable", e);
            }
        }
    }
}
