package nl.buurtstem.opendata.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/** What staff need to see about each kiosk's sync: how far it is, its clock, and why it was last refused. */
final class SyncOverview {

    /**
     * @param acknowledged   the highest sequence committed without a gap
     * @param stored         events stored (may exceed acknowledged while a gap waits to be filled)
     * @param clockOffsetMs  central clock minus kiosk clock at the last sync, or null before the first sync
     * @param timeFlagged    events whose time was corrected or implausible (all still counted)
     * @param notCounted     events stored but not counted (e.g. a poll that no longer exists), with the reason kept
     */
    record KioskSync(
            String kioskId,
            String naam,
            String revokedAt,
            String revokedReason,
            long acknowledged,
            long stored,
            String lastSeen,
            Long clockOffsetMs,
            String clockMeasuredAt,
            long timeFlagged,
            long notCounted,
            Refusal lastRefusal,
            Unproven unprovenRefusals) {}

    record Refusal(String at, String type, String detail, long times) {}

    /** Badly signed requests that named this kiosk: not proven to come from it (see {@link UnprovenRefusals}). */
    record Unproven(String lastAt, long times, String note) {
        static final String NOTE =
                "Verzoeken met de id van deze kiosk maar een handtekening die niet klopt. Ze bewijzen "
                        + "niet dat ze van de kiosk kwamen: een kiosk met een oude sleutel, of iemand anders die de id kent.";
    }

    private static final String SELECT =
            "SELECT k.id, k.naam, k.revoked_at, k.revoked_reason, k.acked_seq, k.last_seen, "
                    + "c.offset_ms, c.measured_at, r.refused_at, r.type, r.detail, r.times, "
                    + "(SELECT count(*) FROM kiosk_event e WHERE e.kiosk_id = k.id), "
                    + "(SELECT count(*) FROM kiosk_event e WHERE e.kiosk_id = k.id AND e.time_flag IS NOT NULL), "
                    + "(SELECT count(*) FROM kiosk_event e WHERE e.kiosk_id = k.id AND e.problem IS NOT NULL), "
                    + "u.last_at, u.times "
                    + "FROM kiosk k LEFT JOIN kiosk_clock c ON c.kiosk_id = k.id LEFT JOIN sync_refusal r ON r.kiosk_id = k.id "
                    + "LEFT JOIN sync_unproven u ON u.kiosk_id = k.id ";

    private final Database db;

    SyncOverview(Database db) {
        this.db = db;
    }

    List<KioskSync> all() {
        return db.transaction(c -> {
            List<KioskSync> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(SELECT + "ORDER BY k.naam, k.id");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        });
    }

    Optional<KioskSync> find(String kioskId) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + "WHERE k.id = ?")) {
                q.setString(1, kioskId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<KioskSync>empty();
                }
            }
        });
    }

    private static KioskSync read(ResultSet rs) throws SQLException {
        long offset = rs.getLong(7);
        Long clockOffset = rs.wasNull() ? null : offset;
        Refusal refusal = rs.getString(9) == null
                ? null
                : new Refusal(rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12));
        return new KioskSync(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(13),
                rs.getString(6),
                clockOffset,
                rs.getString(8),
                rs.getLong(14),
                rs.getLong(15),
                refusal,
                rs.getString(16) == null ? null : new Unproven(rs.getString(16), rs.getLong(17), Unproven.NOTE));
    }
}
