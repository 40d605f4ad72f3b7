package nl.buurtstem.opendata.wijk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/**
 * A wijk's gebiedsagenda: the goals the municipality and the wijk set together, and the tasks that follow from them.
 * Kiosks get their own wijk's (section "gebiedsagenda").
 *
 * @param gewijzigd when staff last changed its text; null before it is stored (or when stored before we kept it)
 */
public record Gebiedsagenda(String wijk, List<String> doelen, List<String> opgaven, Instant gewijzigd) {

    public Gebiedsagenda {
        doelen = List.copyOf(doelen);
        opgaven = List.copyOf(opgaven);
    }

    /** An agenda as staff write it, not yet stored. */
    public Gebiedsagenda(String wijk, List<String> doelen, List<String> opgaven) {
        this(wijk, doelen, opgaven, null);
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
                        c.prepareStatement("SELECT doelen, opgaven, gewijzigd FROM wijk_agenda WHERE code = ?")) {
                    q.setString(1, wijk);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Gebiedsagenda(
                                        wijk,
                                        json.readValue(rs.getString(1), LIJST),
                                        json.readValue(rs.getString(2), LIJST),
                                        rs.getString(3) == null ? null : Instant.parse(rs.getString(3))))
                                : Optional.<Gebiedsagenda>empty();
                    }
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a stored gebiedsagenda is unreadable", e);
                }
            });
        }
    }
}
