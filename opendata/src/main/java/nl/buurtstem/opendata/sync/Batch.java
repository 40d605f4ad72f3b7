package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A kiosk's upload: events in its own sequence order. Fields this version does not know are ignored, so a
 * kiosk may add optional fields without a new protocol version.
 *
 * @param protocol the sync protocol version the kiosk speaks
 * @param sentAt   the kiosk's clock when it sent the batch (used to measure the kiosk's clock offset)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Batch(Integer protocol, Instant sentAt, List<Event> events) {

    /** One thing that happened at the kiosk. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(Long seq, String id, String type, Instant at, JsonNode data) {}
}
