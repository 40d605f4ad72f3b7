package nl.buurtstem.opendata.wijkupdate;

import java.util.List;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/** The choice of wijk and month for a poster, as typed, with an error beside each field that is not right. */
public record WijkupdateKeuze(Formulier f, List<Optie> wijken) {}
