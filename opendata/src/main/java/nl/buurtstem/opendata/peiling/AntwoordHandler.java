package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/** Counts "antwoord" events from kiosks and has the poll results republished. */
public final class AntwoordHandler implements EventHandler {

    private final PeilingStore peilingen;
    private final PeilingPublication publication;

    public AntwoordHandler(PeilingStore peilingen, PeilingPublication publication) {
        this.peilingen = peilingen;
        this.publication = publication;
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
            Antwoorden.record(c, gelezen.antwoord());
        }
        return gelezen.probleem();
    }

    @Override
    public void committed(List<KioskEvent> events) {
        Set<String> changed =
                events.stream().map(e -> e.data().path("peiling").asText()).collect(Collectors.toSet());
        publication.republish(changed);
    }
}
