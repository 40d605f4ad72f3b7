package nl.buurtstem.opendata.peiling;

import java.util.Set;
import nl.buurtstem.opendata.lod.Publisher;

/** Keeps the published poll results in step with the counted answers. */
public final class PeilingPublication {

    private final PeilingStore peilingen;
    private final Antwoorden antwoorden;
    private final PeilingCube cube;
    private final Publisher publisher;

    public PeilingPublication(PeilingStore peilingen, Antwoorden antwoorden, PeilingCube cube, Publisher publisher) {
        this.peilingen = peilingen;
        this.antwoorden = antwoorden;
        this.cube = cube;
        this.publisher = publisher;
    }

    /** Rebuilds every poll's graph and the shared structure now; used at start. */
    public void publishAll() {
        publisher.publishNow(cube.structureGraph(), cube.structure());
        for (Peiling p : peilingen.all()) {
            publisher.publishNow(
                    cube.graphOf(p.id()),
                    cube.publication(p, antwoorden.tellingen(p.id()), antwoorden.onderdrukt(p.id())));
        }
    }

    /** Republishes these polls within a moment, from what is known of them by then. */
    public void republish(Set<String> peilingIds) {
        for (String id : peilingIds) {
            publisher.publishSoon(cube.graphOf(id), () -> {
                Peiling p = peilingen.find(id).orElseThrow();
                return cube.publication(p, antwoorden.tellingen(id), antwoorden.onderdrukt(id));
            });
        }
    }
}
