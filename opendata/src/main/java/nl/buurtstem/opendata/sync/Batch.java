package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A kiosk's upload: events in its own sequence order.
 *
 * @param protocol the sync protocol version the kiosk speaks
 * @param sentAt   the kiosk's clock when it sent the batch (used to measure the kiosk's clock offset)
 */
record Batch(Integer protocol, Instant sentAt, List<Event> events) {

    /** One thing that happened at the kiosk. */
    record Event(Long seq, String id, String type, Instant at, JsonNode data) {
    }
}
