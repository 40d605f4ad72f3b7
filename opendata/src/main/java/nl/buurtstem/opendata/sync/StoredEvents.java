package nl.buurtstem.opendata.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.buurtstem.opendata.web.Problem;

/**
 * Which of a batch's events this kiosk sent before, read in two queries for the whole batch instead of two per event
 * (a round trip each on PostgreSQL), and kept up to date as the batch's own events are stored.
 */
final class StoredEvents {

    private final Map<Long, String> idBySeq = new HashMap<>();
    private final Map<String, Long> seqById = new HashMap<>();

    private StoredEvents() {}

    /**
     * Only the events stored under the batch's numbers (one range of the primary key), not those under its ids: for a
     * batch written with the table's unique ids as the check that no id was used before (see {@link EventIngest}).
     */
    static StoredEvents numbered(Connection c, String kioskId, List<Batch.Event> events) throws SQLException {
        StoredEvents stored = new StoredEvents();
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (Batch.Event e : events) {
            lowest = Math.min(lowest, e.seq());
            highest = Math.max(highest, e.seq());
        }
        try (PreparedStatement q = c.prepareStatement(
                "SELECT seq, event_id FROM kiosk_event WHERE kiosk_id = ? AND seq BETWEEN ? AND ?")) {
            q.setString(1, kioskId);
            q.setLong(2, lowest);
            q.setLong(3, highest);
            stored.read(q);
        }
        return stored;
    }

    /** Within the batch's transaction, after the kiosk's row is locked. */
    static StoredEvents of(Connection c, String kioskId, List<Batch.Event> events) throws SQLException {
        StoredEvents stored = new StoredEvents();
        if (events.isEmpty()) {
            return stored;
        }
        stored.read(c, kioskId, "seq", events, e -> (Object) e.seq());
        stored.read(c, kioskId, "event_id", events, e -> (Object) e.id());
        return stored;
    }

    /**
     * Whether this very event is stored already (a resend); refuses, loudly, a number or an id that was used for
     * another event: counting it would count one answer twice, or lose one.
     */
    boolean contains(Batch.Event event) {
        String idThere = idBySeq.get(event.seq());
        if (idThere != null) {
            if (!idThere.equals(event.id())) {
                // Same number, other event: the kiosk lost its numbering (e.g. a re-flashed card).
                throw new Problem(
                        409,
                        "sequence-reused",
                        "Sequence " + event.seq()
                                + " was already used for another event of this kiosk; continue numbering after the "
                                + "acknowledged sequence (GET /api/sync/v1/status).");
            }
            return true;
        }
        Long seqThere = seqById.get(event.id());
        if (seqThere != null) {
            throw new Problem(
                    409,
                    "event-id-reused",
                    "Event " + event.id() + " was already received as sequence " + seqThere + ", not " + event.seq()
                            + "; an event keeps its sequence when it is resent.");
        }
        return false;
    }

    void add(Batch.Event event) {
        idBySeq.put(event.seq(), event.id());
        seqById.put(event.id(), event.seq());
    }

    private void read(
            Connection c, String kioskId, String column, List<Batch.Event> events, Function<Batch.Event, Object> key)
            throws SQLException {
        String marks = String.join(", ", Collections.nCopies(events.size(), "?"));
        try (PreparedStatement q = c.prepareStatement(
                "SELECT seq, event_id FROM kiosk_event WHERE kiosk_id = ? AND " + column + " IN (" + marks + ")")) {
            q.setString(1, kioskId);
            for (int i = 0; i < events.size(); i++) {
                q.setObject(i + 2, key.apply(events.get(i)));
            }
            read(q);
        }
    }

    private void read(PreparedStatement q) throws SQLException {
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                idBySeq.put(rs.getLong(1), rs.getString(2));
                seqById.put(rs.getString(2), rs.getLong(1));
            }
        }
    }
}
