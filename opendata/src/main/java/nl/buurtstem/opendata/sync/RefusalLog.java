package nl.buurtstem.opendata.sync;

import java.sql.PreparedStatement;
import java.time.Instant;
import nl.buurtstem.opendata.store.Database;

/**
 * The last refusal of each known kiosk, so staff can see why a kiosk stopped syncing (revoked, clock far off, a
 * request replayed): only refusals of requests the kiosk's own key signed, so nobody else can write here. Only the
 * problem type and its public detail are kept: never a signature or secret.
 */
final class RefusalLog {

    private final Database db;

    RefusalLog(Database db) {
        this.db = db;
    }

    void note(String kioskId, String type, String detail, Instant at) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sync_refusal(kiosk_id, refused_at, type, detail, times) "
                            + "SELECT id, ?, ?, ?, 1 FROM kiosk WHERE id = ? ON CONFLICT(kiosk_id) DO UPDATE SET "
                            + "refused_at = excluded.refused_at, type = excluded.type, detail = excluded.detail, times = sync_refusal.times + 1")) {
                s.setString(1, at.toString());
                s.setString(2, type);
                s.setString(3, detail);
                s.setString(4, kioskId);
                s.executeUpdate();
            }
        });
    }
}
