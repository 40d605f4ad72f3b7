package nl.buurtstem.opendata.peiling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.ItemPublication;
import nl.buurtstem.opendata.lod.Publicatiestatus;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.wijk.Wijk;
import org.apache.jena.graph.Graph;

/**
 * Polls as staff manage them. A published poll's graph is its results cube (see {@link PeilingPublication});
 * a withdrawn poll's graph keeps only what it asked and that it was withdrawn, its counts withdrawn with it.
 */
public final class PeilingBeheer {

    private final PeilingStore peilingen;
    private final PeilingPublication publication;
    private final PeilingCube cube;
    private final Publisher publisher;
    private final Publicatiestatus.Lookup status;
    private final ObjectMapper json;
    private final Iris iris;

    public PeilingBeheer(
            PeilingStore peilingen,
            PeilingPublication publication,
            PeilingCube cube,
            Publisher publisher,
            Publicatiestatus.Lookup status,
            ObjectMapper json,
            Iris iris) {
        this.peilingen = peilingen;
        this.publication = publication;
        this.cube = cube;
        this.publisher = publisher;
        this.status = status;
        this.json = json;
        this.iris = iris;
    }

    public Inhoud<Peiling> inhoud() {
        return new Inhoud<>(
                "peiling",
                Peiling.class,
                Peiling::id,
                Peiling::vraag,
                PeilingBeheer::check,
                peilingen::all,
                peilingen::find,
                peilingen::save,
                peilingen::delete,
                this::changed);
    }

    /** Republishes tombstones of withdrawn polls, their periods emptied; used at start, after the polls themselves. */
    public void publishWithdrawn() {
        status.withdrawnJson("peiling").keySet().forEach(ref -> {
            publication.trekIn(ref);
            publisher.publishNow(cube.graphOf(ref), tombstone(ref));
        });
    }

    private void changed(String ref) {
        if (peilingen.find(ref).isPresent()) {
            publication.republish(Set.of(ref));
        } else if (status.withdrawnJson("peiling").containsKey(ref)) {
            publication.trekIn(ref);
            publisher.publishSoon(cube.graphOf(ref), () -> tombstone(ref));
        }
    }

    private Graph tombstone(String ref) {
        try {
            Peiling last = json.readValue(status.withdrawnJson("peiling").get(ref), Peiling.class);
            return ItemPublication.tombstone(
                    iris.id("peiling", ref), cube.peiling(last, List.of()), status.withdrawnAt("peiling", ref));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the withdrawn poll " + ref + " is unreadable", e);
        }
    }

    static void check(Peiling p) {
        Refs.require(p.id(), "id");
        if (p.vraag() == null || p.vraag().isBlank()) {
            throw new IllegalArgumentException("vraag is needed");
        }
        if (p.opties().size() < 2
                || p.opties().size() > 5
                || p.opties().stream().anyMatch(o -> o == null || o.isBlank())) {
            throw new IllegalArgumentException("a poll has 2 to 5 answer options, one per button, none empty");
        }
        if (p.wijk() != null && !Wijk.isWijkcode(p.wijk())) {
            throw new IllegalArgumentException("wijk must be a CBS wijkcode like WK019311, or empty for every wijk");
        }
        if (p.wijken().stream().anyMatch(w -> !Wijk.isWijkcode(w))) {
            throw new IllegalArgumentException("wijken must be CBS wijkcodes like WK019311");
        }
        if (p.start() != null && p.eind() != null && !p.eind().isAfter(p.start())) {
            throw new IllegalArgumentException("eind must come after start");
        }
        if (!PeilingSoort.isSoort(p.soort())) {
            throw new IllegalArgumentException("soort must be keuze, janee or gezichten");
        }
    }
}
