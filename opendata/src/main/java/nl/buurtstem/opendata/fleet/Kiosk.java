package nl.buurtstem.opendata.fleet;

import java.time.Instant;

/**
 * A kiosk registered by the municipality.
 *
 * @param ackedSeq the highest sequence number up to which every event of this kiosk is committed
 */
public record Kiosk(String id, String naam, String buurthuis, String wijk, boolean enrolled,
                    Instant revokedAt, String revokedReason, long ackedSeq, Instant lastSeen) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
