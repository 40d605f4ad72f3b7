package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/** Counts "antwoord" events from kiosks; they reach the open data when their period has closed. */
public final class AntwoordHandler implements EventHandler {

    private final PeilingStore peilingen;
    private final Clock clock;

    /** @param clock when an event counts as received: answers wait for the end of that period (Publicatieperiode) */
    public AntwoordHandler(PeilingStore peilingen, Clock clock) {
        this.peilingen = peilingen;
        this.clock = clock;
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
        GekozenOptie.Gelezen gelezen = GekozenOptie.lees(peilingen, event, Kanaal.SCHERM);
        if (gelezen.antwoord() != null) {
            Antwoorden.record(c, gelezen.antwoord(), clock.instant());
        }
        return gelezen.probleem();
    }
}
