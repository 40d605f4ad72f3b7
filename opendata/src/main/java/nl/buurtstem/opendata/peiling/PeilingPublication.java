package nl.buurtstem.opendata.peiling;

import java.util.Set;
import nl.buurtstem.opendata.lod.Publisher;

/** Publishes the poll results of the closed periods, protected alike in every channel. */
public final class PeilingPublication {

    private final PeilingStore peilingen;
    private final Antwoorden antwoorden;
    private final PeilingCube cube;
    private final Celbeveiliging beveiliging;
    private final Publisher publisher;

    PeilingPublication(
            PeilingStore peilingen,
            Antwoorden antwoorden,
            PeilingCube cube,
            Celbeveiliging beveiliging,
            Publisher publisher) {
        this.peilingen = peilingen;
        this.antwoorden = antwoorden;
        this.cube = cube;
        this.beveiliging = beveiliging;
        this.publisher = publisher;
    }

    /** The results of {@code peiling} as every channel may show them. */
    public BeschermdeUitslag uitslag(Peiling peiling) {
        return beveiliging.beveilig(
                antwoorden.cellen(peiling.id()), peiling.opties().size(), peiling.demo());
    }

    /** Rebuilds every poll's graph and the shared structure now; used at start. */
    public void publishAll() {
        publisher.publishNow(cube.structureGraph(), cube.structure());
        for (Peiling p : peilingen.all()) {
            publisher.publishNow(cube.graphOf(p.id()), cube.publication(p, uitslag(p)));
        }
    }

    /** Republishes these polls within a moment, from what is known of them by then. */
    public void republish(Set<String> peilingIds) {
        for (String id : peilingIds) {
            publisher.publishSoon(cube.graphOf(id), () -> {
                Peiling p = peilingen.find(id).orElseThrow();
                return cube.publication(p, uitslag(p));
            });
        }
    }
}
