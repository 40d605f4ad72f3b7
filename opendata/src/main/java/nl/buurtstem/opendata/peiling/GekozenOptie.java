package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtstem.opendata.Gemeentetijd;
import nl.buurtstem.opendata.sync.KioskEvent;

/** The poll option a kiosk event names: "antwoord" and "onderdrukt" events share this shape and its rules. */
final class GekozenOptie {

    /** The answer the event stands for, or why it cannot be counted (then {@code antwoord} is null). */
    record Gelezen(Antwoord antwoord, String probleem) {}

    private GekozenOptie() {}

    static void check(JsonNode data) {
        if (!data.path("peiling").isTextual()) {
            throw new IllegalArgumentException("peiling must be the poll's id");
        }
        if (!data.path("optie").isIntegralNumber() || !data.path("optie").canConvertToInt()) {
            throw new IllegalArgumentException("optie must be the 1-based number of the chosen option");
        }
        if (data.has("kanaal")) {
            Kanaal.fromCode(data.path("kanaal").asText());
        }
    }

    static Gelezen lees(Function<String, Optional<Peiling>> peilingen, KioskEvent event, Kanaal standaardKanaal) {
        String peilingId = event.data().path("peiling").asText();
        Optional<Peiling> peiling = peilingen.apply(peilingId);
        if (peiling.isEmpty()) {
            return new Gelezen(null, "unknown peiling " + peilingId);
        }
        int optie = event.data().path("optie").asInt();
        if (!peiling.get().hasOption(optie)) {
            return new Gelezen(null, "peiling " + peilingId + " has no option " + optie);
        }
        Kanaal kanaal = Kanaal.fromCode(event.data().path("kanaal").asText(standaardKanaal.code()));
        return new Gelezen(
                new Antwoord(
                        event.kiosk().id(),
                        event.seq(),
                        peilingId,
                        optie,
                        kanaal,
                        event.kiosk().wijk(),
                        event.time().atZone(Gemeentetijd.ZONE).toLocalDate()),
                null);
    }
}
