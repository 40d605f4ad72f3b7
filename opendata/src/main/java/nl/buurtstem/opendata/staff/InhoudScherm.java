package nl.buurtstem.opendata.staff;

import java.util.List;

/**
 * What a content item's staff page shows: the form, its status and what can be done with it now. For every kind that
 * has no life of its own beyond concept → gepubliceerd → ingetrokken (initiatief, menukaart, evaluatie, wijk).
 *
 * @param pad    below /beheer/, e.g. "initiatieven"
 * @param id     null for a new item
 * @param keuzes the kind's own list to choose from (e.g. what an evaluation evaluates), if it has one
 * @param status "concept", "gepubliceerd" or "ingetrokken"; null for a new item
 */
public record InhoudScherm(
        String pad,
        String soort,
        String id,
        Formulier f,
        List<Optie> wijken,
        List<Optie> keuzes,
        String status,
        boolean heeftConcept,
        boolean magPubliceren,
        List<Audit.Regel> geschiedenis) {

    public boolean nieuw() {
        return id == null;
    }

    public String actie() {
        return "/beheer/" + pad + "/" + (nieuw() ? "nieuw" : id);
    }

    public boolean gepubliceerd() {
        return "gepubliceerd".equals(status);
    }
}
