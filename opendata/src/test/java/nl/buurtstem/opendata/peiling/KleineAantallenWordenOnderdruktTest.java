package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** A count so small it could point at one resident is published as suppressed, and the cube stays valid. */
class KleineAantallenWordenOnderdruktTest {

    private static final String BASE = "https://buurtstem.example.nl/";
    private final Iris iris = new Iris(BASE);
    private final Peiling echt =
            new Peiling("parkeren", "WK019302", "Moet er betaald parkeren komen?", List.of("Ja", "Nee"), false);
    private final LocalDate dag = LocalDate.of(2026, 11, 20);

    @Test
    void a_cell_with_fewer_answers_than_the_threshold_shows_no_number_but_a_status() {
        Model cube = cube(
                new PeilingCube(iris, 5),
                echt,
                List.of(
                        new Antwoorden.Telling("parkeren", 1, "WK019302", "kiosk-1", Kanaal.SCHERM, dag, 3),
                        new Antwoorden.Telling("parkeren", 2, "WK019302", "kiosk-1", Kanaal.SCHERM, dag, 7)));

        Resource small = cube.getResource(iris.id(
                "observatie", "peilingresultaten", "parkeren", "1", "WK019302", "kiosk-1", "scherm", dag.toString()));
        Resource large = cube.getResource(iris.id(
                "observatie", "peilingresultaten", "parkeren", "2", "WK019302", "kiosk-1", "scherm", dag.toString()));
        var obsStatus = cube.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus");
        var aantal = cube.createProperty(iris.def("aantalAntwoorden"));

        assertEquals(
                iris.id("waarnemingsstatus", "onderdrukt"),
                small.getPropertyResourceValue(obsStatus).getURI());
        assertEquals(0, small.getProperty(aantal).getLong());
        assertFalse(
                cube.listObjectsOfProperty(aantal).toList().stream()
                        .anyMatch(l -> l.asLiteral().getLong() == 3),
                "the small count itself appears nowhere");
        assertEquals(7, large.getProperty(aantal).getLong());
        assertFalse(large.hasProperty(obsStatus));
        assertEquals(List.of(), DataCubeChecks.violations(cube));
    }

    @Test
    void the_threshold_is_configurable() {
        Model cube = cube(
                new PeilingCube(iris, 2),
                echt,
                List.of(new Antwoorden.Telling("parkeren", 1, "WK019302", "kiosk-1", Kanaal.KNOP, dag, 3)));

        assertEquals(
                1,
                cube.listObjectsOfProperty(cube.createProperty(iris.def("aantalAntwoorden"))).toList().stream()
                        .filter(o -> o.asLiteral().getLong() == 3)
                        .count());
        assertFalse(cube.contains(null, cube.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus")));
    }

    @Test
    void the_integrity_checks_catch_a_broken_cube() {
        Model cube = cube(
                new PeilingCube(iris, 5),
                echt,
                List.of(new Antwoorden.Telling("parkeren", 2, "WK019302", "kiosk-1", Kanaal.SCHERM, dag, 7)));
        Resource obs = cube.listSubjectsWithProperty(cube.createProperty(iris.def("aantalAntwoorden")))
                .next();
        obs.removeAll(cube.createProperty(iris.def("wijk")));

        assertTrue(DataCubeChecks.violations(cube).contains("ic-11-all-dimensions-required.rq"));
    }

    private static Model cube(PeilingCube cube, Peiling peiling, List<Antwoorden.Telling> tellingen) {
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(cube.structure()));
        m.add(ModelFactory.createModelForGraph(cube.publication(peiling, tellingen)));
        return m;
    }
}
