package nl.buurtstem.kiosk.peiling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A quick poll as the central node publishes it for this kiosk's wijk. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo, String soort) {

    public Peiling {
        opties = opties == null ? List.of() : List.copyOf(opties);
        soort = soort == null ? "keuze" : soort;
    }

    boolean hasOption(int optie) {
        return optie >= 1 && optie <= opties.size();
    }
}
