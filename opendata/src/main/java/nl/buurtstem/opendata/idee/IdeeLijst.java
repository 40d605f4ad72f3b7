package nl.buurtstem.opendata.idee;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/**
 * The ideas inbox: the ideas that match the filter, newest first, and the choices of the filter form.
 *
 * @param filter what was asked for (the form's values)
 */
public record IdeeLijst(
        List<Rij> rijen,
        Formulier filter,
        List<Optie> wijken,
        List<Optie> themas,
        List<Optie> contexten,
        List<Optie> statussen) {

    /** One idea in the list, as words. */
    public record Rij(
            String link,
            String ontvangen,
            String wijk,
            String thema,
            String begin,
            String context,
            IdeeStatus status,
            String behandelaar) {}
}
