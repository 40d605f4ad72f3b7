package nl.buurtstem.kiosk.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers polls. An answer is committed to disk, with its outbox event in the same transaction,
 * before the resident is thanked: what the screen acknowledges is never lost.
 */
public final class PeilingService {

    /** What became of an answer. */
    public enum Uitkomst {
        /** Stored and queued for the central node. */
        GETELD,
        /** The same poll was just answered here: most likely the same person tapping twice. */
        AL_GEANTWOORD
    }

    /** Every answer given here, kept after it was delivered: the screen's results and the heartbeat count them. */
    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "peiling",
            List.of("CREATE TABLE IF NOT EXISTS antwoord (seq INTEGER PRIMARY KEY, peiling TEXT NOT NULL, "
                    + "optie INTEGER NOT NULL, kanaal TEXT NOT NULL, at TEXT NOT NULL)"));

    private static final Logger log = LoggerFactory.getLogger(PeilingService.class);
    private final Database db;
    private final ObjectMapper json;
    private final LocalContent content;
    private final Duration cooldown;
    private final Clock clock;
    private final Runnable answerQueued;
    private final Map<String, Instant> lastAnswer = new ConcurrentHashMap<>();

    /**
     * @param cooldown     how long after an answer the same poll is not counted again at this kiosk by the same channel
     * @param answerQueued told after each stored answer (the sync loop, to send it soon)
     */
    public PeilingService(
            Database db,
            ObjectMapper json,
            LocalContent content,
            Duration cooldown,
            Clock clock,
            Runnable answerQueued) {
        this.db = db;
        this.json = json;
        this.content = content;
        this.cooldown = cooldown;
        this.clock = clock;
        this.answerQueued = answerQueued;
    }

    /**
     * The polls shown now, by this kiosk's clock (between a poll's {@code start} and {@code eind} when it has them), in
     * the municipality's {@code volgorde} (then id; without one, as published), the question of the week first.
     */
    public List<Peiling> peilingen() {
        JsonNode current = content.current();
        Instant now = clock.instant();
        List<JsonNode> shown = new ArrayList<>();
        for (JsonNode node : current.path("peilingen")) {
            if (!moment(node, "start").map(now::isBefore).orElse(false)
                    && !moment(node, "eind").map(eind -> !now.isBefore(eind)).orElse(false)) {
                shown.add(node);
            }
        }
        shown.sort(Comparator.comparingInt((JsonNode n) -> n.path("volgorde").canConvertToInt()
                        ? n.path("volgorde").asInt()
                        : Integer.MAX_VALUE)
                .thenComparing(n -> n.path("volgorde").isNumber() ? n.path("id").asText() : ""));
        String vanDeWeek = current.path("vraagVanDeWeek").asText("");
        List<Peiling> result = new ArrayList<>();
        for (JsonNode node : shown) {
            Peiling p = json.convertValue(node, Peiling.class);
            if (p.id() != null && p.id().equals(vanDeWeek)) {
                result.addFirst(p);
            } else {
                result.add(p);
            }
        }
        return result;
    }

    /** The question of the week, which the screen shows first and the physical buttons answer. */
    public Optional<Peiling> actief() {
        return peilingen().stream().findFirst();
    }

    private static Optional<Instant> moment(JsonNode peiling, String veld) {
        if (!peiling.path(veld).isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(peiling.path(veld).asText()).toInstant());
        } catch (DateTimeParseException e) {
            log.warn(
                    "poll {} has an unreadable {} ({}); shown as if it had none",
                    peiling.path("id"),
                    veld,
                    e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<Peiling> find(String id) {
        return peilingen().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Answers per option for this wijk as the central node published them: per closed period, with small counts held
     * back, exactly as in the open data. Never this kiosk's own live count: whoever saw a neighbour tap could read the
     * answer off the change. Held back while fewer than {@link Uitslag#DREMPEL} exist.
     */
    public Uitslag uitslag(Peiling peiling) {
        long[] aantallen = new long[peiling.opties().size()];
        JsonNode gepubliceerd = content.current().path("peilinguitslagen").path(peiling.id());
        for (int optie = 1; optie <= aantallen.length; optie++) {
            aantallen[optie - 1] = gepubliceerd.path(String.valueOf(optie)).asLong(0);
        }
        return Uitslag.of(aantallen);
    }

    public synchronized Uitkomst beantwoord(Peiling peiling, int optie, Kanaal kanaal) {
        if (!peiling.hasOption(optie)) {
            throw new IllegalArgumentException("peiling " + peiling.id() + " has options 1 to "
                    + peiling.opties().size() + ", not " + optie);
        }
        Instant now = clock.instant();
        // Per poll and channel: the buttons have their own anti-hammering, and a tap then a press are two people.
        String key = peiling.id() + " " + kanaal.code();
        Instant previous = lastAnswer.get(key);
        if (previous != null && Duration.between(previous, now).compareTo(cooldown) < 0) {
            return Uitkomst.AL_GEANTWOORD;
        }
        String data = json.createObjectNode()
                .put("peiling", peiling.id())
                .put("optie", optie)
                .put("kanaal", kanaal.code())
                .toString();
        db.transaction(c -> {
            long seq = Outbox.append(c, "antwoord", data, now);
            try (var s = c.prepareStatement(
                    "INSERT INTO antwoord(seq, peiling, optie, kanaal, at) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, seq);
                s.setString(2, peiling.id());
                s.setInt(3, optie);
                s.setString(4, kanaal.code());
                s.setString(5, now.toString());
                s.executeUpdate();
            }
            return seq;
        });
        lastAnswer.put(key, now);
        answerQueued.run();
        return Uitkomst.GETELD;
    }
}
