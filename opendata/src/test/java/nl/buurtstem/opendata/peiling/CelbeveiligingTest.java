package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.opendata.lod.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * Whatever the answers, no held-back figure can be worked out from the published cube: 300 random polls, each
 * published and then attacked by {@link Differentieaanval}, which reads only the RDF.
 */
class CelbeveiligingTest {

    private static final String BASE = "https://buurtstem.example.nl/";
    private static final int DREMPEL = 5;
    private final Iris iris = new Iris(BASE);
    private final Differentieaanval aanval = new Differentieaanval(BASE, DREMPEL);

    @Test
    void no_random_poll_gives_a_held_back_figure_away() {
        Random random = new Random(20261206);
        int verborgen = 0;
        for (int poging = 0; poging < 300; poging++) {
            int opties = 2 + random.nextInt(3);
            Model cube = publiceer(willekeurig(random, opties), opties);

            assertEquals(List.of(), aanval.teruggerekend(cube), "poll " + poging + " gives figures away");
            if (poging % 25 == 0) { // the integrity checks are SPARQL queries: a sample keeps the test quick
                assertEquals(List.of(), DataCubeChecks.violations(cube), "poll " + poging + " breaks the cube");
            }
            verborgen += cube.listSubjectsWithProperty(
                            cube.createProperty("http://purl.org/linked-data/sdmx/2009/attribute#confStatus"))
                    .toList()
                    .size();
        }
        assertTrue(verborgen > 1000, "the random polls had small figures to protect: " + verborgen);
    }

    @Test
    void the_attack_finds_a_small_cell_when_only_that_cell_is_held_back() {
        Instant dag = Instant.parse("2026-11-19T23:00:00Z");
        // What a cube with primary suppression alone would publish: the total, one cell shown, one held back.
        Model cube = publiceer(
                List.of(
                        new Cel(dag, 1, "WK019311", "kiosk-1", Kanaal.SCHERM, 1, 0),
                        new Cel(dag, 1, "WK019311", "kiosk-2", Kanaal.SCHERM, 9, 0)),
                1);
        cube.listSubjectsWithProperty(
                        cube.createProperty(BASE + "def/kiosk"), cube.getResource(BASE + "id/kiosk/kiosk-2"))
                .forEach(obs -> {
                    obs.removeAll(cube.createProperty("http://purl.org/linked-data/sdmx/2009/attribute#confStatus"));
                    obs.removeAll(cube.createProperty(BASE + "def/aantalAntwoorden"));
                    obs.addLiteral(cube.createProperty(BASE + "def/aantalAntwoorden"), 9L);
                });

        assertEquals(
                List.of(iris.id(
                        "observatie",
                        "peilingresultaten",
                        "p",
                        "1",
                        "WK019311",
                        "kiosk-1",
                        "scherm",
                        "20261119T230000Z")),
                aanval.teruggerekend(cube));
    }

    @Test
    void a_standing_counts_no_held_back_period_total_and_the_attack_would_catch_one_that_did() {
        Instant dag1 = Instant.parse("2026-11-19T23:00:00Z");
        Instant dag2 = dag1.plus(Duration.ofDays(1));
        Model cube = publiceer(
                List.of(
                        new Cel(dag1, 1, "WK019311", "kiosk-1", Kanaal.SCHERM, 12, 0),
                        new Cel(dag2, 1, "WK019311", "kiosk-1", Kanaal.SCHERM, 2, 0)),
                1);
        String stand = iris.id("observatie", "peilingstand", "p", "1");
        assertEquals(
                12,
                cube.getResource(stand)
                        .getProperty(cube.createProperty(BASE + "def/aantalAntwoorden"))
                        .getLong(),
                "the second day's 2 answers are held back, and so not in the standing");
        assertEquals(
                1,
                cube.getResource(stand)
                        .getProperty(cube.createProperty(BASE + "def/aantalAchtergehoudenTotalen"))
                        .getLong());
        assertEquals(List.of(), aanval.teruggerekend(cube));

        // A standing that counted the held-back day would give it back: 14 − 12.
        cube.getResource(stand).removeAll(cube.createProperty(BASE + "def/aantalAntwoorden"));
        cube.getResource(stand).addLiteral(cube.createProperty(BASE + "def/aantalAntwoorden"), 14L);
        assertEquals(List.of(stand), aanval.teruggerekend(cube));
    }

    /** Answers at 1 to 3 kiosks, on screen and buttons, in 1 or 2 wijken and periods; mostly small numbers. */
    private static List<Cel> willekeurig(Random random, int opties) {
        List<Cel> cellen = new ArrayList<>();
        Instant start = Instant.parse("2026-11-19T23:00:00Z");
        for (int periode = 0; periode < 1 + random.nextInt(2); periode++) {
            for (String wijk : random.nextBoolean() ? List.of("WK019311") : List.of("WK019311", "WK019313")) {
                for (int kiosk = 1; kiosk <= 1 + random.nextInt(3); kiosk++) {
                    for (Kanaal kanaal : Kanaal.values()) {
                        for (int optie = 1; optie <= opties; optie++) {
                            long antwoorden =
                                    random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 20);
                            long onderdrukt = random.nextInt(5) == 0 ? random.nextInt(8) : 0;
                            if (antwoorden + onderdrukt > 0) {
                                cellen.add(new Cel(
                                        start.plus(Duration.ofDays(periode)),
                                        optie,
                                        wijk,
                                        "kiosk-" + kiosk,
                                        kanaal,
                                        antwoorden,
                                        onderdrukt));
                            }
                        }
                    }
                }
            }
        }
        return cellen;
    }

    private Model publiceer(List<Cel> cellen, int opties) {
        List<String> teksten = new ArrayList<>();
        for (int i = 1; i <= opties; i++) {
            teksten.add("optie " + i);
        }
        Peiling peiling = new Peiling("p", "WK019311", "Vraag?", teksten, false);
        PeilingCube cube = new PeilingCube(iris, DREMPEL);
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(cube.structure()));
        m.add(ModelFactory.createModelForGraph(
                cube.publication(peiling, new Celbeveiliging(DREMPEL).beveilig(cellen, opties, false))));
        return m;
    }
}
