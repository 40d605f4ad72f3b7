package nl.buurtstem.opendata.sync;

import java.sql.PreparedStatement;
import java.time.Instant;
import nl.buurtstem.opendata.store.Database;

/**
 * Remembers every nonce until its signature could no longer pass the timestamp check, on disk: a request
 * captured on the buurthuis Wi-Fi and replayed after a restart of the central node is still refused.
 */
final class NonceLedger {

    private final Database db;

    NonceLedger(Database db) {
        this.db = db;
    }

    /**
     * Records the nonce; false when this kiosk already used it and it has not expired. Its commit does not wait for the
     * disk: a request whose nonce a power cut took along had not changed anything yet either (see
     * {@link Database#unsyncedTransaction}), so replaying it does what sending it would have done.
     */
    boolean firstUse(String kioskId, String nonce, Instant now, Instant expires) {
        return db.unsyncedTransaction(c -> {
            try (PreparedStatement prune = c.prepareStatement("DELETE FROM sync_nonce WHERE expires_at < ?")) {
                prune.setLong(1, now.toEpochMilli());
                prune.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sync_nonce(kiosk_id, nonce, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, kioskId);
                s.setString(2, nonce);
                s.setLong(3, expires.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }
}
