package nl.buurtstem.opendata.peiling;

import java.util.List;

/** The staff's list of polls. */
public record PeilingLijst(List<Rij> rijen, boolean archief, int gearchiveerd) {

    /** One poll on the list. */
    public record Rij(
            String id,
            String vraag,
            String wijken,
            PeilingStatus status,
            String periode,
            String volgorde,
            boolean vraagVanDeWeek,
            boolean heeftConcept) {}
}
