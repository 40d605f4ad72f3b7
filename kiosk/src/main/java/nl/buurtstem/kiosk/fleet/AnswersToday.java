package nl.buurtstem.kiosk.fleet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.buurtstem.kiosk.store.Database;

/** Counts the answers given at this kiosk since local midnight, for the heartbeat; reads the peiling's table only. */
final class AnswersToday {

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;

    AnswersToday(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    Long count() {
        String since = LocalDate.now(clock.withZone(zone))
                .atStartOfDay(zone)
                .toInstant()
                .toString();
        try {
            return db.transaction(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM antwoord WHERE at >= ?")) {
                    q.setString(1, since);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }
            });
        } catch (RuntimeException e) {
            return null;
        }
    }
}
