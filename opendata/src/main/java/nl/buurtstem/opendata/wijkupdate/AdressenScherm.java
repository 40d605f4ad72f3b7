package nl.buurtstem.opendata.wijkupdate;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/**
 * The staff page of the monthly mail: the addresses per wijk with how the last mail went, and the form to add one.
 *
 * @param mailserver whether the node has a mail server to send through at all
 */
public record AdressenScherm(Formulier f, List<Optie> wijken, List<Regel> adressen, boolean mailserver) {

    /** One address as staff see it; {@code laatst} and {@code fout} in plain Dutch, either may be null. */
    public record Regel(long id, String wijk, String adres, String laatst, String fout) {}
}
