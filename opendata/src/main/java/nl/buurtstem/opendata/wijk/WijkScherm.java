package nl.buurtstem.opendata.wijk;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;

/** The staff's wijk pages: the list, and one wijk with its name, outline and gebiedsagenda. */
public final class WijkScherm {

    private WijkScherm() {}

    /** The list of wijken; {@code grens} says whether a real outline was uploaded. */
    public record Lijst(List<Rij> rijen) {}

    public record Rij(String code, String naam, boolean grens, boolean agenda) {}

    /**
     * One wijk; {@code viewBox} and {@code pad} draw its outline as the kiosk does, when it has one; {@code cbsJaar} is
     * the year of the shipped CBS map that has this wijk's outline, or null.
     */
    public record Een(String code, String naam, Formulier f, String viewBox, String pad, Integer cbsJaar) {}
}
