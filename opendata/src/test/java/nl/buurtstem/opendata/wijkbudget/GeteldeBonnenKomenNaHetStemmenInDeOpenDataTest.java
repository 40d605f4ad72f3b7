package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtstem.opendata.lod.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The receipts of counted ballots reach the open data only once voting has ended, and not while a vote count is held
 * back: their number is the number of counted ballots, and with it a held-back count could be worked out.
 */
class GeteldeBonnenKomenNaHetStemmenInDeOpenDataTest {

    private static final Instant EIND = Instant.parse("2027-03-01T17:00:00Z");
    private static final List<String> BONNEN = List.of("a".repeat(64), "b".repeat(64), "c".repeat(64));

    private final Iris iris = new Iris("https://buurtstem.example.nl/");
    private final WijkbudgetRdf rdf = new WijkbudgetRdf(iris, 10);

    @Test
    void while_voting_is_open_no_receipt_is_published() {
        Model m = model(Map.of("bankjes", 12L, "bomen", 20L), EIND.minusSeconds(60));
        assertTrue(bonnen(m).isEmpty());
        assertTrue(m.contains(budget(m), m.createProperty(iris.def("stemmenTot"))), "the end is published");
    }

    @Test
    void after_voting_every_counted_receipt_is_published_of_the_wijkbudget_alone() {
        Model m = model(Map.of("bankjes", 12L, "bomen", 20L), EIND);
        assertEquals(new TreeSet<>(BONNEN), bonnen(m));
        assertEquals(
                Set.of(budget(m)),
                m.listSubjectsWithProperty(geteldeBon(m)).toSet(),
                "no receipt is said of a proposal");
    }

    @Test
    void after_voting_the_receipts_stay_back_while_a_small_count_is_held_back() {
        Model m = model(Map.of("bankjes", 3L, "bomen", 20L), EIND.plusSeconds(3600));
        assertTrue(bonnen(m).isEmpty(), "3 + 20 ballots, each one proposal: the list's length would give the 3");
        assertTrue(m.contains(budget(m), RDFS.comment, m.createLiteral(WijkbudgetRdf.HOUDT_BONNEN_ACHTER, "nl")));
    }

    private Model model(Map<String, Long> stemmen, Instant nu) {
        Wijkbudget w = new Wijkbudget(
                "assendorp-2027",
                "WK019313",
                "Wijkbudget Assendorp",
                "Verdeel 10.000 euro.",
                10_000,
                List.of(
                        new Wijkbudget.Voorstel("bankjes", "Bankjes", null, 6_000),
                        new Wijkbudget.Voorstel("bomen", "Bomen", null, 7_000)),
                false,
                null,
                false,
                EIND);
        return ModelFactory.createModelForGraph(rdf.graph(w, stemmen, BONNEN, nu));
    }

    private Resource budget(Model m) {
        return m.getResource(iris.id("wijkbudget", "assendorp-2027"));
    }

    private Property geteldeBon(Model m) {
        return m.createProperty(iris.def("geteldeBon"));
    }

    private Set<String> bonnen(Model m) {
        Set<String> bonnen = new TreeSet<>();
        m.listObjectsOfProperty(budget(m), geteldeBon(m))
                .forEach(o -> bonnen.add(o.asLiteral().getString()));
        return bonnen;
    }
}
