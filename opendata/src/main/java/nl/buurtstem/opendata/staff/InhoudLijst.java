package nl.buurtstem.opendata.staff;

import java.util.List;

/** The staff's list of one kind of content. */
public record InhoudLijst(String titel, String nieuw, String pad, List<Rij> rijen) {

    /** One item on the list; status in words. */
    public record Rij(String id, String titel, String wijk, String status, boolean heeftConcept) {}
}
