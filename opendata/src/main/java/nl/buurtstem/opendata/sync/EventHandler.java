package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a feature does with one type of kiosk event. Each feature (peiling, fleet, idee, ...) registers
 * its own handler with {@link SyncRoutes}; the sync room only stores, orders and acknowledges.
 */
public interface EventHandler {

    /** The event type in the protocol, e.g. "antwoord". */
    String type();

    /**
     * Checks the shape of {@code data} before anything of the batch is stored.
     *
     * @throws IllegalArgumentException with a message naming the field, when the data is malformed
     */
    void check(JsonNode data);

    /**
     * Applies a newly stored event inside the ingest transaction.
     *
     * @return why the event could not be counted (it stays stored and acknowledged), or null
     */
    String apply(Connection c, KioskEvent event) throws SQLException;

    /**
     * What of the event's data the central node keeps in its event log; by default all of it. A handler leaves out
     * what must not sit beside the rest of the event (a ballot's receipt, which must not be linked to its choice).
     */
    default JsonNode bewaard(JsonNode data) {
        return data;
    }

    /**
     * The handler for one batch's events, e.g. one that reads what they share (the polls they answer) once instead of
     * once per event; it lives only for that batch's transaction. By default this handler itself.
     */
    default EventHandler forBatch() {
        return this;
    }

    /**
     * Writes what a batch's handler ({@link #forBatch}) gathered from its events, inside the ingest transaction after
     * the batch's last event: e.g. all their rows as one statement batch instead of one statement each.
     */
    default void flush(Connection c) throws SQLException {}

    /** Called after the transaction with this handler's new events committed (e.g. to republish). */
    default void committed(List<KioskEvent> events) {}
}
