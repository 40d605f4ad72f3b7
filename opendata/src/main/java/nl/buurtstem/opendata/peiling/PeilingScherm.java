package nl.buurtstem.opendata.peiling;

import java.util.List;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;

/**
 * What the poll's staff page shows: the form, the poll's status and what can be done with it now.
 *
 * @param id     null for a new poll
 * @param status null for a new poll
 */
public record PeilingScherm(
        String id,
        Formulier f,
        List<WijkKeuze> wijken,
        List<PeilingSoort> soorten,
        PeilingStatus status,
        boolean heeftConcept,
        boolean magPubliceren,
        boolean wijkpanel,
        String periode,
        List<Audit.Regel> geschiedenis) {

    /** A wijk to pick by its name. */
    public record WijkKeuze(String code, String naam) {}

    public boolean nieuw() {
        return id == null;
    }

    public boolean gepubliceerd() {
        return status != null && status != PeilingStatus.CONCEPT && status != PeilingStatus.INGETROKKEN;
    }

    public String actie() {
        return nieuw() ? "/beheer/peilingen/nieuw" : "/beheer/peilingen/" + id;
    }

    public int opties() {
        return PeilingFormulier.OPTIES;
    }

    public String alleWijken() {
        return PeilingFormulier.ALLE_WIJKEN;
    }
}
