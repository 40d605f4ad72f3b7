package nl.buurtstem.kiosk.wijkbudget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.kiosk.web.Problem;

/**
 * Wijkbudget ballots: proposals chosen until the budget is spent. Where the municipality issued stemcodes, a code is
 * checked offline against the hashes in the local content and refused here once used at this kiosk; the central node
 * settles a code used at two kiosks by its published rule.
 */
public final class WijkbudgetService {

    /** What a typed stemcode turned out to be. */
    public enum Controle {
        GELDIG,
        ONBEKEND,
        AL_GEBRUIKT,
        TE_VAAK
    }

    // Guessing codes at the screen: after this many wrong ones the kiosk asks to wait a while.
    static final int MAX_FOUT = 5;
    static final java.time.Duration WACHT = java.time.Duration.ofMinutes(5);
    private final java.util.Deque<Instant> fouten = new java.util.ArrayDeque<>();

    /** Ballots cast here, and the (hashed) stemcodes used here, so a code is refused here once used. */
    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "wijkbudget",
            List.of(
                    "CREATE TABLE IF NOT EXISTS stembiljet (seq INTEGER PRIMARY KEY, wijkbudget TEXT NOT NULL, "
                            + "at TEXT NOT NULL)",
                    "CREATE TABLE IF NOT EXISTS stemcode_gebruikt (wijkbudget TEXT NOT NULL, hash TEXT NOT NULL, "
                            + "PRIMARY KEY (wijkbudget, hash))"));

    private final Database db;
    private final ObjectMapper json;
    private final LocalContent content;
    private final Clock clock;
    private final Runnable queued;

    public WijkbudgetService(Database db, ObjectMapper json, LocalContent content, Clock clock, Runnable queued) {
        this.db = db;
        this.json = json;
        this.content = content;
        this.clock = clock;
        this.queued = queued;
    }

    /** The wijkbudgetten for the screen, without the stemcode hashes (they stay on the server side of the kiosk). */
    public ArrayNode voorScherm() {
        ArrayNode result = json.createArrayNode();
        for (JsonNode entry : content.current().path("wijkbudgetten")) {
            result.add(entry.path("wijkbudget").deepCopy());
        }
        return result;
    }

    public synchronized Controle controleer(String wijkbudgetId, String code) {
        JsonNode entry = entry(wijkbudgetId);
        Instant now = clock.instant();
        while (!fouten.isEmpty() && fouten.peekFirst().isBefore(now.minus(WACHT))) {
            fouten.removeFirst();
        }
        if (fouten.size() >= MAX_FOUT) {
            return Controle.TE_VAAK;
        }
        Controle controle = controleer(entry, code);
        if (controle == Controle.ONBEKEND) {
            fouten.addLast(now);
        }
        return controle;
    }

    private Controle controleer(JsonNode entry, String code) {
        if (code == null || code.isBlank()) {
            return Controle.ONBEKEND;
        }
        String id = entry.path("wijkbudget").path("id").asText();
        String hash = Stemcode.hash(id, code);
        boolean bekend = false;
        for (JsonNode h : entry.path("stemcodeHashes")) {
            bekend |= h.asText().equals(hash);
        }
        if (!bekend) {
            return Controle.ONBEKEND;
        }
        return gebruikt(id, hash) ? Controle.AL_GEBRUIKT : Controle.GELDIG;
    }

    public synchronized void stem(String wijkbudgetId, List<String> voorstellen, String code) {
        JsonNode entry = entry(wijkbudgetId);
        JsonNode budget = entry.path("wijkbudget");
        Set<String> gekozen = new LinkedHashSet<>(voorstellen == null ? List.of() : voorstellen);
        if (gekozen.isEmpty()) {
            throw new Problem(400, "no-proposals", "Choose at least one proposal.");
        }
        long totaal = 0;
        for (String id : gekozen) {
            totaal += voorstel(budget, id)
                    .orElseThrow(
                            () -> new Problem(400, "unknown-proposal", "This wijkbudget has no proposal " + id + "."))
                    .path("bedrag")
                    .asLong();
        }
        if (totaal > budget.path("bedrag").asLong()) {
            throw new Problem(400, "over-budget", "The chosen proposals cost " + totaal + ", more than the budget.");
        }
        String hash = null;
        if (budget.path("stemcodes").asBoolean()) {
            Controle controle = controleer(wijkbudgetId, code);
            if (controle != Controle.GELDIG) {
                if (controle == Controle.TE_VAAK) {
                    throw new Problem(
                            429,
                            "stemcode-too-many-tries",
                            "Too many wrong stemcodes here; try again in a few minutes.");
                }
                throw new Problem(
                        403,
                        controle == Controle.AL_GEBRUIKT ? "stemcode-used" : "stemcode-unknown",
                        "This stemcode cannot be used for this wijkbudget.");
            }
            hash = Stemcode.hash(wijkbudgetId, code);
        }
        ObjectNode data = json.createObjectNode().put("wijkbudget", wijkbudgetId);
        ArrayNode list = data.putArray("voorstellen");
        gekozen.forEach(list::add);
        if (hash != null) {
            data.put("stemcode", hash);
        }
        Instant now = clock.instant();
        String usedHash = hash;
        db.transaction(c -> {
            long seq = Outbox.append(c, "stembiljet", data.toString(), now);
            try (var s = c.prepareStatement("INSERT INTO stembiljet(seq, wijkbudget, at) VALUES (?, ?, ?)")) {
                s.setLong(1, seq);
                s.setString(2, wijkbudgetId);
                s.setString(3, now.toString());
                s.executeUpdate();
            }
            if (usedHash != null) {
                try (var s = c.prepareStatement("INSERT INTO stemcode_gebruikt(wijkbudget, hash) VALUES (?, ?)")) {
                    s.setString(1, wijkbudgetId);
                    s.setString(2, usedHash);
                    s.executeUpdate();
                }
            }
            return seq;
        });
        queued.run();
    }

    private JsonNode entry(String wijkbudgetId) {
        for (JsonNode entry : content.current().path("wijkbudgetten")) {
            if (entry.path("wijkbudget").path("id").asText().equals(wijkbudgetId)) {
                return entry;
            }
        }
        throw new Problem(404, "unknown-wijkbudget", "This kiosk has no wijkbudget " + wijkbudgetId + ".");
    }

    private static Optional<JsonNode> voorstel(JsonNode budget, String id) {
        for (JsonNode v : budget.path("voorstellen")) {
            if (v.path("id").asText().equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private boolean gebruikt(String wijkbudgetId, String hash) {
        return db.transaction(c -> {
            try (var q = c.prepareStatement("SELECT 1 FROM stemcode_gebruikt WHERE wijkbudget = ? AND hash = ?")) {
                q.setString(1, wijkbudgetId);
                q.setString(2, hash);
                try (var rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
