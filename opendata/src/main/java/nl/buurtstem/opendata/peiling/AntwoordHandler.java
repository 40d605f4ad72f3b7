package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/** Counts "antwoord" events from kiosks; they reach the open data when their period has closed. */
public final class AntwoordHandler implements EventHandler {

    private final PeilingStore peilingen;
    private final Function<String, Optional<Peiling>> zoek;
    private final Clock clock;
    /** A batch's answers, written together at its end; null for the handler that writes each one at once. */
    private final List<Antwoorden.Ontvangen> teSchrijven;

    /** @param clock when an event counts as received: answers wait for the end of that period (Publicatieperiode) */
    public AntwoordHandler(PeilingStore peilingen, Clock clock) {
        this(peilingen, id -> peilingen.find(id), clock, null);
    }

    private AntwoordHandler(
            PeilingStore peilingen,
            Function<String, Optional<Peiling>> zoek,
            Clock clock,
            List<Antwoorden.Ontvangen> teSchrijven) {
        this.peilingen = peilingen;
        this.zoek = zoek;
        this.clock = clock;
        this.teSchrijven = teSchrijven;
    }

    /**
     * Reads each poll the batch's events name once, not once per event (a third of the ingest's time, issue 21), and
     * writes the batch's answers as one statement batch at its end, not one statement each.
     */
    @Override
    public EventHandler forBatch() {
        Map<String, Optional<Peiling>> gelezen = new HashMap<>();
        return new AntwoordHandler(
                peilingen, id -> gelezen.computeIfAbsent(id, peilingen::find), clock, new ArrayList<>());
    }

    @Override
    public String type() {
        return "antwoord";
    }

    @Override
    public void check(JsonNode data) {
        GekozenOptie.check(data);
    }

    @Override
    public String apply(Connection c, KioskEvent event) throws SQLException {
        GekozenOptie.Gelezen gelezen = GekozenOptie.lees(zoek, event, Kanaal.SCHERM);
        if (gelezen.antwoord() != null) {
            Antwoorden.Ontvangen antwoord = new Antwoorden.Ontvangen(gelezen.antwoord(), clock.instant());
            if (teSchrijven == null) {
                Antwoorden.recordAll(c, List.of(antwoord));
            } else {
                teSchrijven.add(antwoord);
            }
        }
        return gelezen.probleem();
    }

    @Override
    public void flush(Connection c) throws SQLException {
        if (teSchrijven != null) {
            Antwoorden.recordAll(c, teSchrijven);
            teSchrijven.clear();
        }
    }
}
