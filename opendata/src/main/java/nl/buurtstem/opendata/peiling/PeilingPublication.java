package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.Supplier;
import nl.buurtstem.opendata.lod.Publisher;
import org.apache.jena.graph.Graph;

/**
 * Publishes the poll results of the closed periods, protected alike in every channel. Each period of a poll is built
 * and written on its own (its cells, their protection and totals), then the poll's own graph with its standings: a
 * closed period costs what it holds, not what the poll holds.
 */
public final class PeilingPublication {

    private final PeilingStore peilingen;
    private final Antwoorden antwoorden;
    private final Standen standen;
    private final PeilingCube cube;
    private final Celbeveiliging beveiliging;
    private final Publisher publisher;

    PeilingPublication(
            PeilingStore peilingen,
            Antwoorden antwoorden,
            Standen standen,
            PeilingCube cube,
            Celbeveiliging beveiliging,
            Publisher publisher) {
        this.peilingen = peilingen;
        this.antwoorden = antwoorden;
        this.standen = standen;
        this.cube = cube;
        this.beveiliging = beveiliging;
        this.publisher = publisher;
    }

    /**
     * What the kiosks, pages and wijkupdates show of {@code peiling}: its kept standings, read without its answers.
     * When they are not complete (a period closed and not yet published, the poll changed and not yet republished),
     * the same sums are worked out from every closed period's answers, as the open data will show them a moment later.
     */
    public GetoondeStand stand(Peiling peiling) {
        return standen.volledig(peiling.id(), grondslag(peiling)).orElseGet(() -> GetoondeStand.uit(uitslag(peiling)));
    }

    /** The results of {@code peiling} over every closed period, recounted from its answers. */
    BeschermdeUitslag uitslag(Peiling peiling) {
        return beveilig(peiling, antwoorden.cellen(peiling.id()));
    }

    /** Rebuilds every poll's graphs and the shared structure now; used at start. */
    public void publishAll() {
        SequencedMap<String, Supplier<Graph>> graphs = new LinkedHashMap<>();
        graphs.put(cube.structureGraph(), cube::structure);
        for (Peiling p : peilingen.all()) {
            for (Instant periode : antwoorden.perioden(p.id())) {
                graphs.put(cube.graphOf(p.id(), periode), () -> periode(p.id(), periode));
            }
            // After its periods: built once their totals are kept.
            graphs.put(cube.graphOf(p.id()), () -> eigen(p.id()));
        }
        publisher.publishAllNow(graphs);
    }

    /** Republishes these polls whole within a moment (staff changed them): every period and their own graph. */
    public void republish(Set<String> peilingIds) {
        for (String id : peilingIds) {
            publishSoon(id, antwoorden.perioden(id));
        }
    }

    /** Publishes, within a moment, the period that starts at {@code periode} of these polls: it just closed. */
    void publiceer(Set<String> peilingIds, Instant periode) {
        for (String id : peilingIds) {
            publishSoon(id, List.of(periode));
        }
    }

    /**
     * Empties the period graphs a withdrawn poll no longer has (its tombstone replaces its own graph) and forgets its
     * standings. Its periods come from its answers, which are kept: also called at every start, so a node stopped
     * before the emptied graphs were written leaves no withdrawn counts in the open data. An empty graph over an empty
     * one is no write.
     */
    void trekIn(String peilingId) {
        standen.vergeet(peilingId);
        for (Instant periode : antwoorden.perioden(peilingId)) {
            publisher.publishSoon(
                    cube.graphOf(peilingId, periode), () -> PeilingCube.model().getGraph());
        }
    }

    private void publishSoon(String id, List<Instant> perioden) {
        for (Instant periode : perioden) {
            publisher.publishSoon(cube.graphOf(id, periode), () -> {
                Graph graph = periode(id, periode);
                // After the period's totals are kept, so the standings include them whenever this runs.
                publisher.publishSoon(cube.graphOf(id), () -> eigen(id));
                return graph;
            });
        }
        publisher.publishSoon(cube.graphOf(id), () -> eigen(id));
    }

    /** One period of the poll, protected; its totals are kept for the standings. */
    private Graph periode(String id, Instant periode) {
        Peiling p = peilingen.find(id).orElseThrow();
        BeschermdeUitslag uitslag = beveilig(p, antwoorden.cellen(id, periode));
        standen.bewaar(id, periode, uitslag.totalen(), grondslag(p));
        return cube.periode(id, uitslag);
    }

    private Graph eigen(String id) {
        return cube.peiling(peilingen.find(id).orElseThrow(), standen.van(id));
    }

    private String grondslag(Peiling p) {
        return beveiliging.grondslag(p.opties().size(), p.demo());
    }

    private BeschermdeUitslag beveilig(Peiling p, List<Cel> cellen) {
        return beveiliging.beveilig(cellen, p.opties().size(), p.demo());
    }
}
