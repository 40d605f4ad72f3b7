package nl.buurtstem.opendata.sync;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.buurtstem.opendata.store.Database;

/**
 * Requests that named a known kiosk but whose signature did not match. They prove nothing about the kiosk (a kiosk
 * with an old key, or anyone who knows its public id), so they never become its "last refusal"; staff see only how
 * many came and when the last one did, labelled as unproven. Written at most once a minute per kiosk, so a flood of
 * them costs the node next to nothing.
 */
final class UnprovenRefusals {

    static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Map<String, Pending> pending = new HashMap<>();

    UnprovenRefusals(Database db) {
        this.db = db;
    }

    void note(String kioskId, Instant at) {
        long times;
        synchronized (this) {
            Pending p = pending.getOrDefault(kioskId, new Pending(0, null));
            if (p.written() != null && p.written().plus(WRITE_EVERY).isAfter(at)) {
                pending.put(kioskId, new Pending(p.count() + 1, p.written()));
                return;
            }
            times = p.count() + 1;
            pending.put(kioskId, new Pending(0, at));
        }
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sync_unproven(kiosk_id, last_at, times) SELECT id, ?, ? FROM kiosk WHERE id = ? "
                            + "ON CONFLICT(kiosk_id) DO UPDATE SET last_at = excluded.last_at, times = sync_unproven.times + excluded.times")) {
                s.setString(1, at.toString());
                s.setLong(2, times);
                s.setString(3, kioskId);
                s.executeUpdate();
            }
        });
    }

    private record Pending(long count, Instant written) {}
}
