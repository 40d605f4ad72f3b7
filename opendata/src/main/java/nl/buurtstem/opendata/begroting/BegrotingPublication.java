package nl.buurtstem.opendata.begroting;

import nl.buurtstem.opendata.lod.Publisher;

/** Keeps the published budget cube and the Iv3 scheme in step with the budget lines. */
public final class BegrotingPublication {

    private final BegrotingStore store;
    private final BegrotingCube cube;
    private final Taakvelden taakvelden;
    private final Publisher publisher;

    public BegrotingPublication(BegrotingStore store, BegrotingCube cube, Taakvelden taakvelden, Publisher publisher) {
        this.store = store;
        this.cube = cube;
        this.taakvelden = taakvelden;
        this.publisher = publisher;
    }

    public void publishAll() {
        publisher.publishNow(taakvelden.graphIri(), taakvelden.graph());
        publisher.publishNow(cube.graphIri(), cube.graph(store.all(), store.imports()));
    }

    /** After an import: the cube is rebuilt within a moment. */
    public void changed() {
        publisher.publishSoon(cube.graphIri(), () -> cube.graph(store.all(), store.imports()));
    }
}
