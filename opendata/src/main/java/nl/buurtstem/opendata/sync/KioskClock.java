package nl.buurtstem.opendata.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Places kiosk events on the central node's clock. A Raspberry Pi has no clock battery: it may boot in 1970
 * and fix its clock later, so every batch measures the kiosk's offset anew ({@code received - sentAt}).
 * A time that stays implausible after correction is flagged and replaced by the receipt time; the event
 * itself always counts. Order never depends on these times, only on the kiosk's sequence.
 */
final class KioskClock {

    /** A kiosk clock further off than this is flagged; its events still count, with corrected times. */
    static final Duration PLAUSIBLE_OFFSET = Duration.ofHours(1);
    /** Tolerance for "in the future" and "before the kiosk was registered". */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    /** The measured offset of one batch, and the flag its events carry when that offset is large. */
    record Reading(Duration offset, Instant received, Instant registeredAt) {

        /** The event's time by the central node's clock, and why it is flagged (or null). */
        Placed place(Instant kioskTime) {
            String clockFlag = offset.abs().compareTo(PLAUSIBLE_OFFSET) > 0
                    ? "kiosk clock was off by " + offset.toSeconds() + " s; time corrected"
                    : null;
            Instant corrected;
            try {
                corrected = kioskTime.plus(offset);
            } catch (DateTimeException | ArithmeticException e) {
                return new Placed(received, "kiosk time " + kioskTime + " cannot be placed; receipt time used");
            }
            if (corrected.isAfter(received.plus(MARGIN))
                    || (registeredAt != null && corrected.isBefore(registeredAt.minus(MARGIN)))) {
                // E.g. answered while the kiosk still believed it was 1970, synced after its clock was fixed.
                return new Placed(
                        received,
                        "implausible time " + corrected + " (kiosk clock " + kioskTime + "); receipt time used");
            }
            return new Placed(corrected, clockFlag);
        }
    }

    record Placed(Instant time, String flag) {}

    private KioskClock() {}

    /** Measures the kiosk's offset for this batch and remembers it for staff. */
    static Reading measure(Connection c, String kioskId, Instant sentAt, Instant received) throws SQLException {
        Duration offset = Duration.between(sentAt, received);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO kiosk_clock(kiosk_id, offset_ms, measured_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT(kiosk_id) DO UPDATE SET offset_ms = excluded.offset_ms, measured_at = excluded.measured_at")) {
            s.setString(1, kioskId);
            s.setLong(2, saturatedMillis(offset));
            s.setString(3, received.toString());
            s.executeUpdate();
        }
        return new Reading(offset, received, registeredAt(c, kioskId));
    }

    private static Instant registeredAt(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT registered_at FROM kiosk WHERE id = ?")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? Instant.parse(rs.getString(1)) : null;
            }
        }
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
