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

/** Counts "antwoord" events from kiosks and has the poll results republished. */
public final class AntwoordHandler implements EventHandler {

    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

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
        if (!data.path("peiling").isTextual()) {
            throw new IllegalArgumentException("peiling must be the poll's id");
        }
        if (!data.path("optie").canConvertToInt() || !data.path("optie").isIntegralNumber()) {
            throw new IllegalArgumentException("optie must be the 1-based number of the chosen option");
        }
        if (data.has("kanaal")) {
            Kanaal.fromCode(data.path("kanaal").asText());
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
        Kanaal kanaal = Kanaal.fromCode(event.data().path("kanaal").asText("scherm"));
        Antwoorden.record(c, new Antwoord(event.kiosk().id(), event.seq(), peilingId, optie, kanaal, event.kiosk().wijk(),
                event.time().atZone(MUNICIPALITY_ZONE).toLocalDate()));
        return null;
    }

    @Override
    public void committed(List<KioskEvent> events) {
        Set<String> changed = events.stream().map(e -> e.data().path("peiling").asText()).collect(Collectors.toSet());
        publication.answersCounted(changed);
    }
}
