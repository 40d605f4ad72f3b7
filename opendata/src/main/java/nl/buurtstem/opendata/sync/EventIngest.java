package nl.buurtstem.opendata.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
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
 * Commits a kiosk's batch in one transaction, perhaps shared with other kiosks' batches ({@link GroupCommit}), and
 * tells how far the kiosk's events are now committed.
 * Every event is kept, keyed by (kiosk, seq), so a resent or duplicated batch changes nothing twice.
 */
final class EventIngest {

    /** What the kiosk is told. */
    record Outcome(long acknowledged, int accepted, int duplicates) {}

    private final Database db;
    private final Map<String, EventHandler> handlers;
    private final Clock clock;
    private final GroupCommit batches;

    EventIngest(Database db, Map<String, EventHandler> handlers, Clock clock) {
        this.db = db;
        this.batches = new GroupCommit(db);
        this.handlers = handlers;
        this.clock = clock;
    }

    Outcome ingest(Kiosk kiosk, Batch batch) {
        Instant received = clock.instant();
        Prepared prepared = prepare(batch);
        Written written = batches.commit(c -> write(c, kiosk, prepared, received));
        written.applied().forEach((type, events) -> handlers.get(type).committed(events));
        return written.outcome();
    }

    /** A batch's outcome, and its new events by type for the handlers once they are committed. */
    private record Written(Outcome outcome, Map<String, List<KioskEvent>> applied) {}

    /** A batch with the text of its stored columns that needs no database, made before it waits for the writer. */
    private record Prepared(Batch batch, String[] kioskTimes, String[] kept) {}

    private Prepared prepare(Batch batch) {
        List<Batch.Event> events = batch.events();
        String[] kioskTimes = new String[events.size()];
        String[] kept = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Batch.Event e = events.get(i);
            kioskTimes[i] = e.at().toString();
            kept[i] = handlers.get(e.type()).bewaard(e.data()).toString();
        }
        return new Prepared(batch, kioskTimes, kept);
    }

    /**
     * Checks the batch's numbers against the stored ones in one range of the primary key, and leaves the check that
     * no id was used before to the table's unique ids: cheaper than looking up a thousand ids. Only when an insert
     * clashes is the batch written again, with every id looked up, to refuse it with the reason or count duplicates.
     */
    private Written write(Connection c, Kiosk kiosk, Prepared batch, Instant received) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            Written written = write(
                    c,
                    kiosk,
                    batch,
                    received,
                    StoredEvents.numbered(c, kiosk.id(), batch.batch().events()));
            c.releaseSavepoint(before);
            return written;
        } catch (SQLException clash) {
            c.rollback(before);
            c.releaseSavepoint(before);
        }
        return write(
                c,
                kiosk,
                batch,
                received,
                StoredEvents.of(c, kiosk.id(), batch.batch().events()));
    }

    private Written write(Connection c, Kiosk kiosk, Prepared prepared, Instant received, StoredEvents stored)
            throws SQLException {
        Batch batch = prepared.batch();
        Map<String, List<KioskEvent>> applied = new LinkedHashMap<>();
        lockKiosk(c, kiosk.id());
        KioskClock.Reading reading = KioskClock.measure(c, kiosk.id(), batch.sentAt(), received);
        String receivedAt = received.toString();
        int accepted = 0;
        int duplicates = 0;
        Map<String, EventHandler> forBatch = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < batch.events().size(); i++) {
                Batch.Event e = batch.events().get(i);
                if (stored.contains(e)) {
                    duplicates++;
                    continue;
                }
                KioskClock.Placed placed = reading.place(e.at());
                KioskEvent event = new KioskEvent(kiosk, e.seq(), e.id(), e.type(), e.at(), placed.time(), e.data());
                EventHandler handler =
                        forBatch.computeIfAbsent(e.type(), t -> handlers.get(t).forBatch());
                String problem = handler.apply(c, event);
                insert.setString(1, kiosk.id());
                insert.setLong(2, e.seq());
                insert.setString(3, e.id());
                insert.setString(4, e.type());
                insert.setString(5, prepared.kioskTimes()[i]);
                insert.setString(6, placed.time().toString());
                insert.setString(7, placed.flag());
                insert.setString(8, prepared.kept()[i]);
                insert.setString(9, problem);
                insert.setString(10, receivedAt);
                insert.addBatch();
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
        return new Written(new Outcome(acked, accepted, duplicates), applied);
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
