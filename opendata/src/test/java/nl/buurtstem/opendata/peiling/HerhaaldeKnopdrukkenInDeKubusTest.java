package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/** Suppressed button presses are a second measure of the poll cube, declared as the Data Cube asks and valid. */
class HerhaaldeKnopdrukkenInDeKubusTest {

    private static final String BASE = "https://buurtstem.example.nl/";
    private final Iris iris = new Iris(BASE);
    private final Peiling peiling =
            new Peiling("bankjes", "WK019311", "Meer bankjes in het park?", List.of("Ja", "Nee"), false);
    private final Instant dag = Instant.parse("2026-11-19T23:00:00Z");

    @Test
    void a_cell_carries_counted_and_suppressed_presses_and_a_cell_with_only_suppressed_ones_shows_zero_counted() {
        Model m = model(List.of(cel(1, 6, 9), cel(2, 0, 4)));

        assertEquals(6, value(m, 1, "aantalAntwoorden"));
        assertEquals(9, value(m, 1, "aantalOnderdrukt"));
        assertEquals(0, value(m, 2, "aantalAntwoorden"));
        assertEquals(4, value(m, 2, "aantalOnderdrukt"));
        assertEquals(List.of(), DataCubeChecks.violations(m));
    }

    @Test
    void the_suppressed_measure_is_declared_with_its_range_and_in_the_structure() {
        Model m = model(List.of(cel(1, 6, 0)));
        Resource measure = m.getResource(iris.def("aantalOnderdrukt"));

        assertTrue(m.contains(measure, RDF.type, m.createResource(Vocab.QB + "MeasureProperty")));
        assertTrue(m.contains(measure, RDFS.range, XSD.integer));
        assertTrue(m.contains(
                m.getResource(iris.def("peilingresultaat-structuur")),
                m.createProperty(Vocab.QB, "component"),
                m.getResource(iris.def("peilingresultaat-structuur/aantalOnderdrukt"))));
        assertEquals(0, value(m, 1, "aantalOnderdrukt"), "every observation carries both measures (IC-14)");
        assertEquals(List.of(), DataCubeChecks.violations(m));
    }

    private Cel cel(int optie, long geteld, long onderdrukt) {
        return new Cel(dag, optie, "WK019311", "kiosk-1", Kanaal.KNOP, geteld, onderdrukt);
    }

    /** With a threshold of 1, so every count is shown. */
    private Model model(List<Cel> cellen) {
        PeilingCube cube = new PeilingCube(iris, 1);
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(cube.structure()));
        m.add(ModelFactory.createModelForGraph(cube.publication(
                peiling, new Celbeveiliging(1).beveilig(cellen, peiling.opties().size(), false))));
        return m;
    }

    private long value(Model m, int optie, String measure) {
        Resource obs = m.getResource(iris.id(
                "observatie",
                "peilingresultaten",
                "bankjes",
                Integer.toString(optie),
                "WK019311",
                "kiosk-1",
                "knop",
                "20261119T230000Z"));
        return obs.getProperty(m.createProperty(iris.def(measure))).getLong();
    }
}
