package nl.buurtstem.opendata.lod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;

/**
 * The W3C Data Cube integrity constraints IC-1 … IC-21 (copies with their SOURCE note in
 * src/test/resources/standards/datacube), run on a normalised copy of a cube as §10.1 and §11.1 require.
 */
public final class DataCubeChecks {

    private static final String DIR = "/standards/datacube/";
    private static final List<String> ICS = List.of(
            "ic-01-unique-dataset.rq",
            "ic-02-unique-dsd.rq",
            "ic-03-dsd-includes-measure.rq",
            "ic-04-dimensions-have-range.rq",
            "ic-05-concept-dimensions-have-code-lists.rq",
            "ic-06-only-attributes-may-be-optional.rq",
            "ic-07-slice-keys-must-be-declared.rq",
            "ic-08-slice-keys-consistent-with-dsd.rq",
            "ic-09-unique-slice-structure.rq",
            "ic-10-slice-dimensions-complete.rq",
            "ic-11-all-dimensions-required.rq",
            "ic-12-no-duplicate-observations.rq",
            "ic-13-required-attributes.rq",
            "ic-14-all-measures-present.rq",
            "ic-15-measure-dimension-consistent.rq",
            "ic-16-single-measure-on-measure-dimension-observation.rq",
            "ic-17-all-measures-present-in-measures-dimension-cube.rq",
            "ic-18-consistent-data-set-links.rq",
            "ic-19a-codes-from-code-list-conceptscheme.rq",
            "ic-19b-codes-from-code-list-collection.rq");

    private DataCubeChecks() {}

    /** The names of the constraints the cube violates; empty when it is well-formed. */
    public static List<String> violations(Model cube) {
        Model m = ModelFactory.createDefaultModel().add(cube);
        UpdateAction.parseExecute(read("normalize-phase1-type-and-property-closure.ru"), m);
        UpdateAction.parseExecute(read("normalize-phase2-push-down-attachment-levels.ru"), m);
        List<String> violated = new ArrayList<>();
        for (String ic : ICS) {
            if (ask(read(ic), m)) {
                violated.add(ic);
            }
        }
        hierarchy(m, "ic-20-codes-from-hierarchy", violated);
        hierarchy(m, "ic-21-codes-from-hierarchy-inverse", violated);
        return violated;
    }

    private static void hierarchy(Model m, String ic, List<String> violated) {
        try (var qe = QueryExecutionFactory.create(read(ic + "-instantiation.rq"), m)) {
            var rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String query = read(ic + ".rq.template")
                        .replace("$p", row.getResource("p").getURI());
                if (ask(query, m)) {
                    violated.add(ic + " for " + row.getResource("p").getURI());
                }
            }
        }
    }

    private static boolean ask(String query, Model m) {
        try (var qe = QueryExecutionFactory.create(query, m)) {
            return qe.execAsk();
        }
    }

    private static String read(String file) {
        try (InputStream in = DataCubeChecks.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
