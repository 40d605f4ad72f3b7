package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.kiosk.Kiosk;
import nl.buurtstem.opendata.kiosk.KioskRegistry;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.web.Problem;

/**
 * Commits a kiosk's batch in one transaction and tells how far the kiosk's events are now committed.
 * Every event is kept, keyed by (kiosk, seq), so a resent or duplicated batch changes nothing twice.
 */
final class EventIngest {

    /** What the kiosk is told. */
    record Outcome(long acknowledged, int accepted, int duplicates) {}

    private final Database db;
    private final Map<String, EventHandler> handlers;
    private final Clock clock;

    EventIngest(Database db, Map<String, EventHandler> handlers, Clock clock) {
        this.db = db;
        this.handlers = handlers;
        this.clock = clock;
    }

    Outcome ingest(Kiosk kiosk, Batch batch) {
        Instant received = clock.instant();
        Map<String, List<KioskEvent>> applied = new LinkedHashMap<>();
        Outcome outcome = db.transaction(c -> {
            lockKiosk(c, kiosk.id());
            KioskClock.Reading reading = KioskClock.measure(c, kiosk.id(), batch.sentAt(), received);
            int accepted = 0;
            int duplicates = 0;
            StoredEvents stored = StoredEvents.of(c, kiosk.id(), batch.events());
            Map<String, EventHandler> forBatch = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Batch.Event e : batch.events()) {
                    if (stored.contains(e)) {
                        duplicates++;
                        continue;
                    }
                    KioskClock.Placed placed = reading.place(e.at());
                    KioskEvent event =
                            new KioskEvent(kiosk, e.seq(), e.id(), e.type(), e.at(), placed.time(), e.data());
                    EventHandler handler = forBatch.computeIfAbsent(
                            e.type(), t -> handlers.get(t).forBatch());
                    String problem = handler.apply(c, event);
                    store(insert, event, handler.bewaard(event.data()), placed.flag(), problem, received);
                    stored.add(e);
                    applied.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(event);
                    accepted++;
                }
                insert.executeBatch();
            }
            for (EventHandler handler : forBatch.values()) {
                handler.flush(c);
            }
            long acked = advanceAck(c, kiosk.id());
            KioskRegistry.noteSync(c, kiosk.id(), acked, received);
            return new Outcome(acked, accepted, duplicates);
        });
        applied.forEach((type, events) -> handlers.get(type).committed(events));
        return outcome;
    }

    /**
     * Lets a kiosk identity that has sent nothing yet number on after {@code startAfter}: a kiosk enrolled
     * again keeps its database, whose own tables already use the lower numbers. Refused once events arrived.
     */
    long startAfter(Kiosk kiosk, long startAfter) {
        return db.transaction(c -> {
            lockKiosk(c, kiosk.id());
            long acked = KioskRegistry.find(c, kiosk.id()).orElseThrow().ackedSeq();
            if (acked == startAfter) {
                return acked;
            }
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM kiosk_event WHERE kiosk_id = ? LIMIT 1")) {
                q.setString(1, kiosk.id());
                try (ResultSet rs = q.executeQuery()) {
                    if (acked != 0 || rs.next()) {
                        throw new Problem(
                                409,
                                "numbering-started",
                                "This kiosk's numbering already started (acknowledged " + acked
                                        + "); it can only be chosen before the first event.");
                    }
                }
            }
            KioskRegistry.noteSync(c, kiosk.id(), startAfter, clock.instant());
            return startAfter;
        });
    }

    /**
     * Holds the kiosk's row until the transaction ends: its batches are committed one after another, also when a
     * resent batch reaches another central node on the same PostgreSQL while the first is still being committed (the
     * second then waits, and finds the events stored). A no-op update, as it locks the row on either database.
     */
    private static void lockKiosk(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE kiosk SET acked_seq = acked_seq WHERE id = ?")) {
            s.setString(1, kioskId);
            s.executeUpdate();
        }
    }

    private static final String INSERT = "INSERT INTO kiosk_event(kiosk_id, seq, event_id, type, kiosk_time, "
            + "event_time, time_flag, data, problem, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void store(
            PreparedStatement s, KioskEvent event, JsonNode data, String timeFlag, String problem, Instant received)
            throws SQLException {
        s.setString(1, event.kiosk().id());
        s.setLong(2, event.seq());
        s.setString(3, event.id());
        s.setString(4, event.type());
        s.setString(5, event.kioskTime().toString());
        s.setString(6, event.time().toString());
        s.setString(7, timeFlag);
        s.setString(8, data.toString());
        s.setString(9, problem);
        s.setString(10, received.toString());
        s.addBatch();
    }

    /** The highest sequence with no gap below it: what the kiosk may prune from its outbox. */
    private static long advanceAck(Connection c, String kioskId) throws SQLException {
        long acked = KioskRegistry.find(c, kioskId).orElseThrow().ackedSeq();
        try (PreparedStatement q =
                c.prepareStatement("SELECT seq FROM kiosk_event WHERE kiosk_id = ? AND seq > ? ORDER BY seq")) {
            q.setString(1, kioskId);
            q.setLong(2, acked);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next() && rs.getLong(1) == acked + 1) {
                    acked++;
                }
            }
        }
        return acked;
    }
}
