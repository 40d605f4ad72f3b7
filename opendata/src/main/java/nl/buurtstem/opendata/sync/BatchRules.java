package nl.buurtstem.opendata.sync;

import java.util.Map;
import java.util.TreeSet;
import nl.buurtstem.opendata.web.Problem;

/** What makes a batch acceptable at all; checked before anything is stored, so a refused batch changes nothing. */
final class BatchRules {

    static final int PROTOCOL = 1;
    static final int MAX_EVENTS = 1000;
    static final int MAX_ID_LENGTH = 100;
    private final Map<String, EventHandler> handlers;

    BatchRules(Map<String, EventHandler> handlers) {
        this.handlers = handlers;
    }

    void check(Batch batch) {
        if (batch.protocol() == null || batch.protocol() != PROTOCOL) {
            throw bad(
                    "unsupported-protocol",
                    "This central node speaks sync protocol " + PROTOCOL + "; the batch says " + batch.protocol()
                            + ".");
        }
        if (batch.sentAt() == null) {
            throw bad("invalid-batch", "sentAt is required: the kiosk's clock when it sent the batch.");
        }
        if (batch.events() == null || batch.events().isEmpty()) {
            throw bad("invalid-batch", "events must hold at least one event.");
        }
        if (batch.events().size() > MAX_EVENTS) {
            throw new Problem(
                    413,
                    "batch-too-large",
                    "A batch holds at most " + MAX_EVENTS + " events; this one has "
                            + batch.events().size() + ".");
        }
        for (int i = 0; i < batch.events().size(); i++) {
            check(i, batch.events().get(i));
        }
    }

    private void check(int index, Batch.Event e) {
        String where = "events[" + index + "]";
        if (e == null) {
            throw bad("invalid-event", where + " is empty.");
        }
        if (e.seq() == null || e.seq() < 1) {
            throw bad("invalid-event", where + ".seq must be a positive whole number.");
        }
        if (e.id() == null || e.id().isBlank() || e.id().length() > MAX_ID_LENGTH) {
            throw bad(
                    "invalid-event",
                    where + ".id is required: a unique id for the event (e.g. a UUID), at most " + MAX_ID_LENGTH
                            + " characters.");
        }
        if (e.at() == null) {
            throw bad("invalid-event", where + ".at is required (the kiosk's clock when it happened).");
        }
        EventHandler handler = e.type() == null ? null : handlers.get(e.type());
        if (handler == null) {
            throw bad(
                    "unknown-event-type",
                    where + ".type '" + e.type() + "' is not one of " + new TreeSet<>(handlers.keySet()) + ".");
        }
        if (e.data() == null || !e.data().isObject()) {
            throw bad("invalid-event", where + ".data must be an object.");
        }
        try {
            handler.check(e.data());
        } catch (IllegalArgumentException invalid) {
            throw bad("invalid-event", where + ".data: " + invalid.getMessage());
        }
    }

    private static Problem bad(String type, String detail) {
        return Problem.badRequest(type, detail);
    }
}
