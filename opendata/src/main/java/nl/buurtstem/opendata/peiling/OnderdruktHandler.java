package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtstem.opendata.sync.EventHandler;
import nl.buurtstem.opendata.sync.KioskEvent;

/**
 * Records "onderdrukt" events: answer-button presses a kiosk did not count (anti-gaming), so the published
 * results show raw and filtered figures side by side.
 */
public final class OnderdruktHandler implements EventHandler {

    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Set<String> REDENEN = Set.of("herhaald", "kort-na-vorig-antwoord");

    private final PeilingStore peilingen;
    private final PeilingPublication publication;

    public OnderdruktHandler(PeilingStore peilingen, PeilingPublication publication) {
        this.peilingen = peilingen;
        this.publication = publication;
    }

    @Override
    public String type() {
        return "onderdrukt";
    }

    @Override
    public void check(JsonNode data) {
        if (!data.path("peiling").isTextual()) {
            throw new IllegalArgumentException("peiling must be the poll's id");
        }
        if (!data.path("optie").isIntegralNumber() || !data.path("optie").canConvertToInt()) {
            throw new IllegalArgumentException("optie must be the 1-based number of the pressed option");
        }
        if (data.has("kanaal")) {
            Kanaal.fromCode(data.path("kanaal").asText());
        }
        if (data.has("reden") && !REDENEN.contains(data.path("reden").asText())) {
            throw new IllegalArgumentException("reden must be one of " + REDENEN.stream().sorted().toList());
        }
    }

    @Override
    public String apply(Connection c, KioskEvent event) throws SQLException {
        String peilingId = event.data().path("peiling").asText();
        Optional<Peiling> peiling = peilingen.find(peilingId);
        if (peiling.isEmpty()) {
            return "unknown peiling " + peilingId;
        }
        int optie = event.data().path("optie").asInt();
        if (!peiling.get().hasOption(optie)) {
            return "peiling " + peilingId + " has no option " + optie;
        }
        Kanaal kanaal = Kanaal.fromCode(event.data().path("kanaal").asText("knop"));
        Onderdrukkingen.record(c, new Antwoord(event.kiosk().id(), event.seq(), peilingId, optie, kanaal, event.kiosk().wijk(),
                event.time().atZone(MUNICIPALITY_ZONE).toLocalDate()), event.data().path("reden").asText("herhaald"));
        return null;
    }

    @Override
    public void committed(List<KioskEvent> events) {
        publication.answersCounted(events.stream().map(e -> e.data().path("peiling").asText()).collect(Collectors.toSet()));
    }
}
