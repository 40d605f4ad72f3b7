package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.opendata.fleet.Kiosk;
import nl.buurtstem.opendata.fleet.KioskRegistry;
import nl.buurtstem.opendata.peiling.Antwoord;
import nl.buurtstem.opendata.peiling.Antwoorden;
import nl.buurtstem.opendata.peiling.Kanaal;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.Problem;

/**
 * Commits a kiosk's batch in one transaction and tells how far the kiosk's events are now committed.
 * Every event is kept, keyed by (kiosk, seq), so a resent or duplicated batch changes nothing twice.
 */
final class EventIngest {

    static final Migrations.Steps SCHEMA = new Migrations.Steps("sync", List.of(
            "CREATE TABLE kiosk_event (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL, "
                    + "type TEXT NOT NULL, kiosk_time TEXT NOT NULL, event_time TEXT NOT NULL, time_flag TEXT, "
                    + "data TEXT NOT NULL, problem TEXT, received_at TEXT NOT NULL, PRIMARY KEY (kiosk_id, seq), "
                    + "UNIQUE (kiosk_id, event_id))"));

    /** A kiosk clock further off than this is flagged; its events still count, with corrected times. */
    private static final Duration PLAUSIBLE_OFFSET = Duration.ofHours(1);
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

    /** What the kiosk is told, and which polls got new answers. */
    record Outcome(long acknowledged, int accepted, int duplicates, Set<String> peilingenChanged) {
    }

    private final Database db;
    private final PeilingStore peilingen;
    private final Clock clock;

    EventIngest(Database db, PeilingStore peilingen, Clock clock) {
        this.db = db;
        this.peilingen = peilingen;
        this.clock = clock;
    }

    Outcome ingest(Kiosk kiosk, Batch batch) {
        Instant received = clock.instant();
        Duration offset = Duration.between(batch.sentAt(), received);
        return db.transaction(c -> {
            int accepted = 0;
            int duplicates = 0;
            Set<String> changed = new HashSet<>();
            for (Batch.Event event : batch.events()) {
                if (alreadyStored(c, kiosk.id(), event)) {
                    duplicates++;
                    continue;
                }
                Instant eventTime = event.at().plus(offset);
                String timeFlag = offset.abs().compareTo(PLAUSIBLE_OFFSET) > 0
                        ? "kiosk clock was off by " + offset.toSeconds() + " s; time corrected" : null;
                String problem = count(c, kiosk, event, eventTime, changed);
                store(c, kiosk.id(), event, eventTime, timeFlag, problem, received);
                accepted++;
            }
            long acked = advanceAck(c, kiosk.id());
            KioskRegistry.noteSync(c, kiosk.id(), acked, received);
            return new Outcome(acked, accepted, duplicates, changed);
        });
    }

    /** Counts what the event means; returns why it could not be counted, or null. The event is kept either way. */
    private String count(Connection c, Kiosk kiosk, Batch.Event event, Instant eventTime, Set<String> changed)
            throws SQLException {
        JsonNode data = event.data();
        String peilingId = data.path("peiling").asText(null);
        Optional<Peiling> peiling = peilingId == null ? Optional.empty() : peilingen.find(peilingId);
        if (peiling.isEmpty()) {
            return "unknown peiling " + peilingId;
        }
        int optie = data.path("optie").asInt(0);
        if (!peiling.get().hasOption(optie)) {
            return "peiling " + peilingId + " has no option " + optie;
        }
        Kanaal kanaal;
        try {
            kanaal = Kanaal.fromCode(data.path("kanaal").asText("scherm"));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Antwoorden.record(c, new Antwoord(kiosk.id(), event.seq(), peilingId, optie, kanaal, kiosk.wijk(),
                eventTime.atZone(MUNICIPALITY_ZONE).toLocalDate()));
        changed.add(peilingId);
        return null;
    }

    private static boolean alreadyStored(Connection c, String kioskId, Batch.Event event) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT event_id FROM kiosk_event WHERE kiosk_id = ? AND seq = ?")) {
            q.setString(1, kioskId);
            q.setLong(2, event.seq());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                if (!rs.getString(1).equals(event.id())) {
                    // Same number, other event: the kiosk lost its numbering (e.g. a re-flashed card). Refuse loudly.
                    throw new Problem(409, "sequence-reused", "Sequence " + event.seq()
                            + " was already used for another event of this kiosk; continue numbering after the "
                            + "acknowledged sequence (GET /api/sync/v1/status).");
                }
                return true;
            }
        }
    }

    private static void store(Connection c, String kioskId, Batch.Event event, Instant eventTime, String timeFlag,
                              String problem, Instant received) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO kiosk_event(kiosk_id, seq, event_id, type, kiosk_time, "
                + "event_time, time_flag, data, problem, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, kioskId);
            s.setLong(2, event.seq());
            s.setString(3, event.id());
            s.setString(4, event.type());
            s.setString(5, event.at().toString());
            s.setString(6, eventTime.toString());
            s.setString(7, timeFlag);
            s.setString(8, event.data().toString());
            s.setString(9, problem);
            s.setString(10, received.toString());
            s.executeUpdate();
        }
    }

    /** The highest sequence with no gap below it: what the kiosk may prune from its outbox. */
    private static long advanceAck(Connection c, String kioskId) throws SQLException {
        long acked = KioskRegistry.find(c, kioskId).orElseThrow().ackedSeq();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT seq FROM kiosk_event WHERE kiosk_id = ? AND seq > ? ORDER BY seq")) {
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
