package nl.buurtstem.opendata.wijkbudget;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/**
 * The page where staff say how far each winning proposal is. Before voting has ended there are no winners yet.
 *
 * @param gesloten  whether voting has ended
 * @param winnaars  the winning proposals, with the field names of their rows
 * @param statussen the statuses to choose from
 */
public record UitvoeringScherm(
        String id, String titel, boolean gesloten, Formulier f, List<Rij> winnaars, List<Optie> statussen) {

    /** A winning proposal; its fields are named status-ID, notitie-ID and datum-ID. */
    public record Rij(String voorstel, String titel, long bedrag) {}
}
