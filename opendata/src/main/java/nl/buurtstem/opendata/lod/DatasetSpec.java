package nl.buurtstem.opendata.lod;

import java.util.ArrayList;
import java.util.List;

/**
 * One dataset we publish: what the catalogue says about it and which named graphs make it up.
 *
 * @param slug         its reference, in /id/dataset/{slug} and the dump file names
 * @param titel        title, in Dutch
 * @param omschrijving what is in it, in Dutch
 * @param trefwoorden  keywords, in Dutch
 * @param graphs       the named graphs (path below /graph/, e.g. "plan/") whose union is the dataset
 * @param cube         true when it is a W3C Data Cube
 * @param tabel        the dataset as one CSV table; null for a cube's table of its observations as they are
 */
public record DatasetSpec(
        String slug,
        String titel,
        String omschrijving,
        List<String> trefwoorden,
        List<String> graphs,
        boolean cube,
        Tabel tabel) {

    public DatasetSpec {
        trefwoorden = List.copyOf(trefwoorden);
        graphs = List.copyOf(graphs);
    }

    public DatasetSpec(
            String slug,
            String titel,
            String omschrijving,
            List<String> trefwoorden,
            List<String> graphs,
            boolean cube) {
        this(slug, titel, omschrijving, trefwoorden, graphs, cube, null);
    }

    /** This dataset with {@code tabel} as its CSV. */
    public DatasetSpec metTabel(Tabel tabel) {
        return new DatasetSpec(slug, titel, omschrijving, trefwoorden, graphs, cube, tabel);
    }

    /** Whether it is downloadable as a CSV table (with its CSVW metadata). */
    public boolean csv() {
        return cube || tabel != null;
    }

    /** Named graphs ({@code graphs}, as in {@link DatasetSpec#graphs()}) that one feature adds to another's dataset. */
    public record Bijdrage(String dataset, String graphs) {}

    /** This dataset with the graphs other features add to it. */
    public DatasetSpec with(List<Bijdrage> bijdragen) {
        List<String> all = new ArrayList<>(graphs);
        bijdragen.stream().filter(b -> b.dataset().equals(slug)).forEach(b -> all.add(b.graphs()));
        return new DatasetSpec(slug, titel, omschrijving, trefwoorden, all, cube, tabel);
    }

    /** Whether the named graph {@code graphIri} (minted by {@code iris}) belongs to this dataset. */
    public boolean contains(Iris iris, String graphIri) {
        for (String g : graphs) {
            if (graphIri.startsWith(iris.graph() + g)) {
                return true;
            }
        }
        return false;
    }
}
