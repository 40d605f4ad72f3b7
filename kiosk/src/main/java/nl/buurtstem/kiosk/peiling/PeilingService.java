package nl.buurtstem.kiosk.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.kiosk.store.Migrations;
import nl.buurtstem.kiosk.sync.LocalContent;
import nl.buurtstem.kiosk.sync.Outbox;

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

    private final Database db;
    private final ObjectMapper json;
    private final LocalContent content;
    private final Duration cooldown;
    private final Clock clock;
    private final Runnable answerQueued;
    private final java.util.Map<String, Instant> lastAnswer = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The polls for this kiosk's wijk, in the order the municipality published them. */
    public List<Peiling> peilingen() {
        List<Peiling> result = new ArrayList<>();
        for (JsonNode node : content.current().path("peilingen")) {
            result.add(json.convertValue(node, Peiling.class));
        }
        return result;
    }

    /** The poll the screen and the buttons answer now: the first one published for this wijk. */
    public Optional<Peiling> actief() {
        return peilingen().stream().findFirst();
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
