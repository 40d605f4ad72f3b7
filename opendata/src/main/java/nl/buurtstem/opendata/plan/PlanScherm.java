package nl.buurtstem.opendata.plan;

import java.util.List;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/**
 * What the plan's staff page shows: the form, the plan's status and what can be done with it now.
 *
 * @param id     null for a new plan
 * @param status "concept", "gepubliceerd" or "ingetrokken"; null for a new plan
 */
public record PlanScherm(
        String id,
        Formulier f,
        List<Optie> wijken,
        String status,
        boolean heeftConcept,
        boolean magPubliceren,
        List<Audit.Regel> geschiedenis,
        boolean kaart) {

    public boolean nieuw() {
        return id == null;
    }

    public String actie() {
        return nieuw() ? "/beheer/plannen/nieuw" : "/beheer/plannen/" + id;
    }

    public int fasen() {
        return PlanFormulier.FASEN;
    }

    public int momenten() {
        return PlanFormulier.MOMENTEN;
    }

    public int nieuweDocumenten() {
        return PlanFormulier.NIEUWE_DOCUMENTEN;
    }

    /** How many documents the plan has now (rows doc1 … docN). */
    public int documenten() {
        try {
            return Integer.parseInt(f.waarde("documenten"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
