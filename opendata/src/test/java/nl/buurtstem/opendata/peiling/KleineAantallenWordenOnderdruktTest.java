package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** A count so small it could point at one resident is published as suppressed, and the cube stays valid. */
class KleineAantallenWordenOnderdruktTest {

    private static final String BASE = "https://buurtstem.example.nl/";
    private final Iris iris = new Iris(BASE);
    private final Peiling echt =
            new Peiling("parkeren", "WK019311", "Moet er betaald parkeren komen?", List.of("Ja", "Nee"), false);
    private final Instant dag = Instant.parse("2026-11-19T23:00:00Z");
    private final String periode = "20261119T230000Z";

    @Test
    void a_cell_with_fewer_answers_than_the_threshold_shows_no_number_but_a_status() {
        Model cube = cube(
                5,
                echt,
                List.of(
                        new Cel(dag, 1, "WK019311", "kiosk-1", Kanaal.SCHERM, 3, 0),
                        new Cel(dag, 2, "WK019311", "kiosk-1", Kanaal.SCHERM, 7, 0)));

        Resource small = cube.getResource(
                iris.id("observatie", "peilingresultaten", "parkeren", "1", "WK019311", "kiosk-1", "scherm", periode));
        Resource large = cube.getResource(
                iris.id("observatie", "peilingresultaten", "parkeren", "2", "WK019311", "kiosk-1", "scherm", periode));
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
        assertEquals(
                "2026-11-20T00:00:00+01:00",
                large.getProperty(cube.createProperty(iris.def("periode")))
                        .getLiteral()
                        .getLexicalForm(),
                "the period starts at midnight Dutch time, as a valid xsd:dateTime (with seconds)");
        assertTrue(large.getProperty(cube.createProperty(iris.def("periode")))
                .getLiteral()
                .getDatatype()
                .isValid("2026-11-20T00:00:00+01:00"));
        assertFalse(large.hasProperty(obsStatus));
        assertEquals(List.of(), DataCubeChecks.violations(cube));
    }

    @Test
    void the_threshold_is_configurable() {
        Model cube = cube(2, echt, List.of(new Cel(dag, 1, "WK019311", "kiosk-1", Kanaal.KNOP, 3, 0)));

        assertEquals(
                4,
                cube
                        .listStatements(null, cube.createProperty(iris.def("aantalAntwoorden")), (RDFNode) null)
                        .toList()
                        .stream()
                        .filter(s -> s.getLong() == 3)
                        .count(),
                "with a threshold of 2, the cell of 3, its total and the poll's standings (in the wijk, overall) are"
                        + " shown");
    }

    @Test
    void a_poll_asked_in_two_wijken_says_so() {
        Peiling tweeWijken = new Peiling(
                "bankjes",
                null,
                "Meer bankjes?",
                List.of("Ja", "Nee"),
                false,
                "janee",
                List.of("WK019311", "WK019313"),
                null,
                null,
                null,
                false,
                false,
                null);
        Model cube = cube(5, tweeWijken, List.of());
        Resource poll = cube.getResource(iris.id("peiling", "bankjes"));

        assertEquals(
                2,
                poll.listProperties(cube.createProperty(Vocab.DCTERMS, "spatial"))
                        .toList()
                        .size(),
                "both wijken, not none");
    }

    @Test
    void the_integrity_checks_catch_a_broken_cube() {
        Model cube = cube(5, echt, List.of(new Cel(dag, 2, "WK019311", "kiosk-1", Kanaal.SCHERM, 7, 0)));
        Resource obs = cube.listSubjectsWithProperty(cube.createProperty(iris.def("aantalAntwoorden")))
                .next();
        obs.removeAll(cube.createProperty(iris.def("wijk")));

        assertTrue(DataCubeChecks.violations(cube).contains("ic-11-all-dimensions-required.rq"));
    }

    @Test
    void a_large_cell_beside_a_small_one_is_held_back_too_so_the_total_does_not_give_the_small_one_back() {
        Model cube = cube(
                5,
                echt,
                List.of(
                        new Cel(dag, 1, "WK019311", "kiosk-1", Kanaal.SCHERM, 2, 0),
                        new Cel(dag, 1, "WK019311", "kiosk-1", Kanaal.KNOP, 9, 0),
                        new Cel(dag, 1, "WK019311", "kiosk-2", Kanaal.SCHERM, 12, 0)));
        var confStatus = cube.createProperty(Vocab.SDMX_ATTRIBUTE, "confStatus");
        var aantal = cube.createProperty(iris.def("aantalAntwoorden"));
        Resource totaal =
                cube.getResource(iris.id("observatie", "peilingtotalen", "parkeren", "1", "WK019311", periode));
        Resource knop = cube.getResource(
                iris.id("observatie", "peilingresultaten", "parkeren", "1", "WK019311", "kiosk-1", "knop", periode));

        assertEquals(23, totaal.getProperty(aantal).getLong(), "the total of the wijk is shown");
        assertEquals(
                Waarnemingsstatus.SDMX_CODE + "confStatus-D",
                knop.getPropertyResourceValue(confStatus).getURI(),
                "the smallest other cell is held back as secondary");
        assertEquals(0, knop.getProperty(aantal).getLong());
        assertEquals(List.of(), DataCubeChecks.violations(cube));
    }

    private Model cube(int drempel, Peiling peiling, List<Cel> cellen) {
        PeilingCube cube = new PeilingCube(iris, drempel);
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(cube.structure()));
        m.add(ModelFactory.createModelForGraph(cube.publication(
                peiling,
                new Celbeveiliging(drempel).beveilig(cellen, peiling.opties().size(), peiling.demo()))));
        return m;
    }
}
