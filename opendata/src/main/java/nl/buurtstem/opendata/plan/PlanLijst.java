package nl.buurtstem.opendata.plan;

import java.util.List;

/** The staff's list of plans. */
public record PlanLijst(List<Rij> rijen) {

    /** One plan on the list; status in words. */
    public record Rij(String id, String titel, String wijk, String status, boolean heeftConcept) {}
}
