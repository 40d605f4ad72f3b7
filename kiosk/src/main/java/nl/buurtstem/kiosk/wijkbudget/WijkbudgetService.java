package nl.buurtstem.kiosk.wijkbudget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.kiosk.inbreng.Bon;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import nl.buurtstem.kiosk.web.Pogingen;
import nl.buurtstem.kiosk.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wijkbudget ballots: proposals chosen until the budget is spent. Where the municipality issued stemcodes, a code is
 * checked offline against the hashes in the local content and refused here once used at this kiosk; the central node
 * settles a code used at two kiosks by its published rule.
 */
public final class WijkbudgetService {

    /** What a typed stemcode turned out to be. */
    public enum Controle {
        GELDIG,
        /** Not twelve letters and digits of the letter's alphabet: a typing slip, not counted as a guess. */
        ONGELDIG,
        ONBEKEND,
        AL_GEBRUIKT,
        TE_VAAK
    }

    // Guessing codes at the screen: after this many wrong ones the resident's session waits a while.
    static final int MAX_FOUT = 5;
    static final Duration WACHT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(WijkbudgetService.class);
    private final Pogingen pogingen;

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
        this.pogingen = new Pogingen(clock, MAX_FOUT, WACHT);
        this.db = db;
        this.json = json;
        this.content = content;
        this.clock = clock;
        this.queued = queued;
    }

    /**
     * The wijkbudgetten whose vote is open or still to come, for the screen, those open for voting first; each with its
     * {@code fase} by this kiosk's clock and the letters printed in front of its codes ({@code stemcodePrefix}).
     * Without the stemcode hashes (they stay on the server side of the kiosk).
     */
    public ArrayNode voorScherm() {
        Instant nu = clock.instant();
        List<ObjectNode> open = new ArrayList<>();
        List<ObjectNode> straks = new ArrayList<>();
        for (JsonNode entry : content.current().path("wijkbudgetten")) {
            Fase fase = Fase.van(entry.path("wijkbudget"), nu);
            if (fase.compareTo(Fase.STEMMEN) > 0) {
                continue; // the result and its execution are under "Wat er gebeurde"
            }
            ObjectNode budget = entry.path("wijkbudget").deepCopy();
            budget.put("fase", fase.naam());
            if (entry.path("stemcodePrefix").isTextual()) {
                budget.put("stemcodePrefix", entry.path("stemcodePrefix").asText());
            }
            Instant stemmen = Fase.STEMMEN.start(budget);
            if (stemmen != null) {
                budget.put("stemmenVanaf", stemmen.toString());
            }
            (fase == Fase.STEMMEN ? open : straks).add(budget);
        }
        ArrayNode result = json.createArrayNode();
        open.forEach(result::add);
        straks.forEach(result::add);
        return result;
    }

    /** Refuses a code or a ballot outside the voting phase, by this kiosk's clock: offline as well as online. */
    private void alleenTijdensStemmen(JsonNode budget) {
        Fase fase = Fase.van(budget, clock.instant());
        if (fase.compareTo(Fase.STEMMEN) > 0) {
            throw new Problem(409, "wijkbudget-closed", "Voting on this wijkbudget has ended.");
        }
        if (fase != Fase.STEMMEN) {
            throw new Problem(409, "wijkbudget-not-open", "Voting on this wijkbudget has not started yet.");
        }
    }

    /**
     * Checks a typed code for the resident's session (one resident at the screen, from home until the screen goes home
     * again): a few wrong codes make that session wait, not the next resident.
     */
    public synchronized Controle controleer(String wijkbudgetId, String code, String sessie) {
        JsonNode entry = entry(wijkbudgetId);
        alleenTijdensStemmen(entry.path("wijkbudget"));
        if (pogingen.geblokkeerd(sessie)) {
            return Controle.TE_VAAK;
        }
        Controle controle = controleer(entry, code);
        if (controle == Controle.ONBEKEND) {
            pogingen.fout(sessie);
        }
        return controle;
    }

    private Controle controleer(JsonNode entry, String code) {
        Optional<String> symbolen = Stemcode.normaliseer(code);
        if (symbolen.isEmpty()) {
            return Controle.ONGELDIG;
        }
        String id = entry.path("wijkbudget").path("id").asText();
        Optional<String> hash = hash(entry, symbolen.get());
        if (hash.isEmpty()) {
            return Controle.ONBEKEND;
        }
        boolean bekend = false;
        for (JsonNode h : entry.path("stemcodeHashes")) {
            bekend |= MessageDigest.isEqual(
                    h.asText().getBytes(StandardCharsets.US_ASCII), hash.get().getBytes(StandardCharsets.US_ASCII));
        }
        if (!bekend) {
            return Controle.ONBEKEND;
        }
        return gebruikt(id, hash.get()) ? Controle.AL_GEBRUIKT : Controle.GELDIG;
    }

    /** The code's hash by the salt and iterations the central node sent with the wijkbudget. */
    private static Optional<String> hash(JsonNode entry, String symbolen) {
        JsonNode zout = veld(entry, "stemcodeZout");
        JsonNode iteraties = veld(entry, "stemcodeIteraties");
        try {
            byte[] bytes = Base64.getDecoder().decode(zout.asText(""));
            int n = iteraties.asInt(0);
            if (bytes.length < 8 || n < 1_000 || n > 5_000_000) {
                throw new IllegalArgumentException("salt of " + bytes.length + " bytes, " + n + " iterations");
            }
            return Optional.of(Stemcode.hash(symbolen, bytes, n));
        } catch (IllegalArgumentException e) {
            log.warn("stemcodes of this wijkbudget cannot be checked: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static JsonNode veld(JsonNode entry, String naam) {
        return entry.has(naam) ? entry.path(naam) : entry.path("wijkbudget").path(naam);
    }

    /**
     * Queues the ballot; returns the receipt code to show the voter (once: only its hash leaves this method, and it
     * travels beside the ballot only to the central node, which keeps it apart from the choice).
     */
    public synchronized String stem(String wijkbudgetId, List<String> voorstellen, String code, String sessie) {
        JsonNode entry = entry(wijkbudgetId);
        JsonNode budget = entry.path("wijkbudget");
        alleenTijdensStemmen(budget);
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
            Controle controle = controleer(wijkbudgetId, code, sessie);
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
            hash = hash(entry, Stemcode.normaliseer(code).orElseThrow()).orElseThrow();
        }
        ObjectNode data = json.createObjectNode().put("wijkbudget", wijkbudgetId);
        ArrayNode list = data.putArray("voorstellen");
        gekozen.forEach(list::add);
        if (hash != null) {
            data.put("stemcode", hash);
        }
        String bon = Bon.nieuw();
        data.put("bon", Bon.hash(bon));
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
        return bon;
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
