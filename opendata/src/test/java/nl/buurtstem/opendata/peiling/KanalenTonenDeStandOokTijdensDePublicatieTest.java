package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.opendata.lod.Publisher;
import nl.buurtstem.opendata.store.Cluster;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.store.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosks, the poll's page and the wijkupdate read a poll's kept standings instead of recounting its answers. A
 * period is kept only when it is published, a moment after it closed (or, when the node stopped in between, at the
 * next start); a staff change is republished a moment later; a withdrawn poll's standings are forgotten. In each such
 * moment the channels show what the recount shows, as they did before the standings were read: never fewer figures.
 */
class KanalenTonenDeStandOokTijdensDePublicatieTest {

    private static final String PEILING = "bankjes";
    private static final List<String> WIJKEN = List.of("WK019311", "WK019313");
    private static final Instant DAG1 = Instant.parse("2026-11-01T23:00:00Z");
    private static final Instant DAG2 = DAG1.plus(Duration.ofDays(1));
    private static final Instant DAG3 = DAG2.plus(Duration.ofDays(1));

    @TempDir
    Path dir;

    private Database db;
    private LinkedData linkedData;
    private Publisher publisher;
    private PeilingStore peilingen;
    private Antwoorden antwoorden;
    private Standen standen;
    private PeilingPublication publication;
    private long seq;

    @BeforeEach
    void aNodeWithAPollOfThreeOptions() {
        db = TestStore.fresh().map(Database::open).orElseGet(() -> Database.open(dir.resolve("central.db")));
        Migrations.apply(
                db,
                List.of(
                        Publisher.schema(),
                        PeilingStore.SCHEMA,
                        Onderdrukkingen.SCHEMA,
                        Standen.SCHEMA,
                        Antwoorden.SCHEMA));
        linkedData = LinkedData.open(dir.resolve("tdb2"));
        Cluster cluster = new Cluster(db);
        publisher = Publisher.create(linkedData, db, cluster, dir.resolve("tdb2-positie"), Clock.systemUTC());
        publisher.follow();
        Iris iris = new Iris("https://buurtstem.example.nl/");
        peilingen = new PeilingStore(
                db,
                JsonMapper.builder()
                        .addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build());
        antwoorden = new Antwoorden(db);
        standen = new Standen(db);
        publication = new PeilingPublication(
                peilingen, antwoorden, standen, new PeilingCube(iris, 5), new Celbeveiliging(5), publisher);
        peilingen.save(new Peiling(PEILING, null, "Wat wilt u bij het water?", List.of("A", "B", "C"), false));

        antwoord(WIJKEN.get(0), 1, 12, DAG1);
        antwoord(WIJKEN.get(0), 2, 2, DAG1);
        antwoord(WIJKEN.get(1), 3, 7, DAG1);
        sluit(DAG1);
        antwoord(WIJKEN.get(0), 1, 6, DAG2);
        antwoord(WIJKEN.get(1), 2, 9, DAG2);
        sluit(DAG2);
        publication.publishAll(); // as at start: both days kept
    }

    @AfterEach
    void stop() {
        publisher.close();
        linkedData.close();
        db.close();
    }

    @Test
    void once_published_the_kept_standings_give_what_the_recount_gives() {
        assertTrue(standen.volledig(PEILING, grondslag()).isPresent(), "both days are kept");
        assertEquals(nageteld(), getoond());
        assertEquals(18, publication.stand(peiling()).getoondPerOptie(3, WIJKEN.get(0))[0]);
    }

    @Test
    void a_day_closed_and_not_yet_published_shows_at_once_as_before() {
        antwoord(WIJKEN.get(0), 1, 8, DAG3);
        sluit(DAG3); // the publication of the day follows a moment later, or at the next start

        assertTrue(standen.volledig(PEILING, grondslag()).isEmpty(), "the third day is not kept yet");
        assertEquals(nageteld(), getoond());
        assertEquals(26, publication.stand(peiling()).getoondPerOptie(3, WIJKEN.get(0))[0], "the third day counts");
        assertEquals(DAG3, publication.stand(peiling()).laatstePeriode().orElseThrow(), "the page says 'tot' its end");
    }

    @Test
    void a_poll_given_another_option_shows_at_once_as_before() {
        Peiling vier = new Peiling(PEILING, null, "Wat wilt u bij het water?", List.of("A", "B", "C", "D"), false);
        String voor = getoond();
        peilingen.save(vier); // republished a moment later

        assertTrue(standen.volledig(PEILING, grondslag()).isEmpty(), "the kept days were protected for three options");
        assertEquals(nageteld(), getoond());
        assertNotEquals(voor, getoond(), "the fourth option's empty totals are held back, and counted as such");
    }

    @Test
    void a_withdrawn_poll_published_again_shows_at_once_as_before() {
        String voor = getoond();
        publication.trekIn(PEILING); // withdrawn: its standings forgotten
        peilingen.save(peiling()); // and published again, republished a moment later

        assertTrue(standen.volledig(PEILING, grondslag()).isEmpty(), "nothing is kept of it");
        assertEquals(voor, getoond());
        assertEquals(nageteld(), getoond());
    }

    @Test
    void after_an_upgrade_the_days_closed_before_it_are_known() throws Exception {
        // A node from before peiling_periode: its migration finds the closed days in the answers.
        db.run(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM peiling_periode");
                s.executeUpdate(Antwoorden.SCHEMA.sql().get(1));
            }
        });
        String voor = getoond();
        publication.trekIn(PEILING);
        peilingen.save(peiling());

        assertTrue(standen.volledig(PEILING, grondslag()).isEmpty(), "the two days are known, and not kept");
        assertEquals(voor, getoond());
    }

    @Test
    void a_poll_without_a_closed_day_shows_nothing_yet() {
        peilingen.save(new Peiling("nieuw", null, "Nieuw?", List.of("Ja", "Nee"), false));
        db.run(c -> Antwoorden.record(
                c, new Antwoord("kiosk-1", ++seq, "nieuw", 1, Kanaal.SCHERM, WIJKEN.get(0), LocalDate.now()), DAG3));

        Peiling nieuw = peilingen.find("nieuw").orElseThrow();
        assertEquals("[0, 0]", Arrays.toString(publication.stand(nieuw).getoondPerOptie(2, null)));
        assertTrue(publication.stand(nieuw).laatstePeriode().isEmpty());
    }

    private Peiling peiling() {
        return peilingen.find(PEILING).orElseThrow();
    }

    private String grondslag() {
        Peiling p = peiling();
        return new Celbeveiliging(5).grondslag(p.opties().size(), p.demo());
    }

    private String getoond() {
        return beschrijf(publication.stand(peiling()));
    }

    private String nageteld() {
        return beschrijf(GetoondeStand.uit(publication.uitslag(peiling())));
    }

    /** Every figure a channel takes from a stand, for each wijk and for all. */
    private String beschrijf(GetoondeStand stand) {
        int opties = peiling().opties().size();
        List<String> wijken = new ArrayList<>(WIJKEN);
        wijken.add(null);
        StringBuilder s = new StringBuilder();
        for (String wijk : wijken) {
            s.append(wijk)
                    .append(": ")
                    .append(Arrays.toString(stand.getoondPerOptie(opties, wijk)))
                    .append(Arrays.toString(stand.verborgenPerOptie(opties, wijk)))
                    .append(" held back ")
                    .append(stand.verborgenTotalen(wijk))
                    .append("; ");
        }
        return s.append("latest ").append(stand.laatstePeriode().orElse(null)).toString();
    }

    private void antwoord(String wijk, int optie, int aantal, Instant dag) {
        for (int i = 0; i < aantal; i++) {
            Antwoord a = new Antwoord(
                    "kiosk-" + wijk, ++seq, PEILING, optie, Kanaal.SCHERM, wijk, LocalDate.of(2026, 11, 2));
            db.run(c -> Antwoorden.record(c, a, dag.plus(Duration.ofHours(1))));
        }
    }

    /** Closes the day that starts at {@code dag}, as the node does when it has ended. */
    private void sluit(Instant dag) {
        Set<String> gesloten = antwoorden.sluit(dag, dag.plus(Duration.ofDays(1)));
        assertEquals(Set.of(PEILING), gesloten);
    }
}
