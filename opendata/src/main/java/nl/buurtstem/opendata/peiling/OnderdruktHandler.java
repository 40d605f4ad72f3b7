package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/**
 * Records "onderdrukt" events: answer-button presses a kiosk did not count (anti-gaming), so the published
 * results show raw and filtered figures side by side.
 */
public final class OnderdruktHandler implements EventHandler {

    private static final Set<String> REDENEN = Set.of("herhaald", "kort-na-vorig-antwoord");

    private final PeilingStore peilingen;
    private final Function<String, Optional<Peiling>> zoek;
    private final Clock clock;

    /** @param clock when an event counts as received: answers wait for the end of that period (Publicatieperiode) */
    public OnderdruktHandler(PeilingStore peilingen, Clock clock) {
        this(peilingen, id -> peilingen.find(id), clock);
    }

    private OnderdruktHandler(PeilingStore peilingen, Function<String, Optional<Peiling>> zoek, Clock clock) {
        this.peilingen = peilingen;
        this.zoek = zoek;
        this.clock = clock;
    }

    /** Reads each poll the batch's events name once, not once per event (a third of the ingest's time, issue 21). */
    @Override
    public EventHandler forBatch() {
        Map<String, Optional<Peiling>> gelezen = new HashMap<>();
        return new OnderdruktHandler(peilingen, id -> gelezen.computeIfAbsent(id, peilingen::find), clock);
    }

    @Override
    public String type() {
        return "onderdrukt";
    }

    @Override
    public void check(JsonNode data) {
        GekozenOptie.check(data);
        if (data.has("reden") && !REDENEN.contains(data.path("reden").asText())) {
            throw new IllegalArgumentException(
                    "reden must be one of " + REDENEN.stream().sorted().toList());
        }
    }

    @Override
    public String apply(Connection c, KioskEvent event) throws SQLException {
        GekozenOptie.Gelezen gelezen = GekozenOptie.lees(zoek, event, Kanaal.KNOP);
        if (gelezen.antwoord() != null) {
            Onderdrukkingen.record(
                    c, gelezen.antwoord(), event.data().path("reden").asText("herhaald"), clock.instant());
        }
        return gelezen.probleem();
    }
}
