package nl.buurtstem.opendata.kiosk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A kiosk registered by the municipality.
 *
 * @param ackedSeq       the highest sequence number up to which every event of this kiosk is committed
 * @param openingstijden when its buurthuis is open, per weekday (see {@link nl.buurtstem.opstartkaart.Openingstijden}); null = always open
 */
public record Kiosk(
        String id,
        String naam,
        String buurthuis,
        String wijk,
        boolean enrolled,
        Instant revokedAt,
        String revokedReason,
        long ackedSeq,
        Instant lastSeen,
        Map<String, List<String>> openingstijden) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
