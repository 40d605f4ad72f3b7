package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The wijkbudget's proposals are published with their votes once voting has ended, except counts too small to be
 * anonymous; while residents still vote, no count is published at all (a count that went up just after someone was
 * seen at the kiosk would tell what she chose).
 */
class WijkbudgetUitslagIsOpenZonderKleineAantallenTest {

    private static final Instant EIND = Instant.parse("2027-03-01T17:00:00Z");

    private final Iris iris = new Iris("https://buurtstem.example.nl/");

    @Test
    void while_voting_is_open_no_proposal_shows_a_count() {
        Model m = model(Map.of("bankjes", 12L, "bomen", 27L), EIND.minusSeconds(1));

        for (String voorstel : List.of("bankjes", "bomen")) {
            Resource p = m.getResource(iris.id("wijkbudget", "assendorp-2027", "voorstel", voorstel));
            assertFalse(p.hasProperty(m.createProperty(iris.def("aantalStemmen"))), voorstel);
            assertFalse(p.hasProperty(m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus")), voorstel);
        }
        Resource budget = m.getResource(iris.id("wijkbudget", "assendorp-2027"));
        assertTrue(m.contains(budget, RDFS.comment, m.createLiteral(WijkbudgetRdf.STEMMEN_NA_AFLOOP, "nl")));
    }

    @Test
    void a_proposal_with_few_votes_shows_no_number_but_a_status() {
        Model m = model(Map.of("bankjes", 2L, "bomen", 7L), EIND);

        Resource bankjes = m.getResource(iris.id("wijkbudget", "assendorp-2027", "voorstel", "bankjes"));
        Resource bomen = m.getResource(iris.id("wijkbudget", "assendorp-2027", "voorstel", "bomen"));
        var stemmen = m.createProperty(iris.def("aantalStemmen"));
        assertFalse(bankjes.hasProperty(stemmen));
        assertTrue(bankjes.hasProperty(m.createProperty(Vocab.SDMX_ATTRIBUTE, "obsStatus")));
        assertEquals(7, bomen.getProperty(stemmen).getLong());
        assertEquals(
                0,
                bomen.getProperty(m.createProperty(iris.def("bedrag")))
                                .getObject()
                                .asLiteral()
                                .getDouble()
                        - 6000,
                0.001);
    }

    private Model model(Map<String, Long> stemmen, Instant nu) {
        Wijkbudget w = new Wijkbudget(
                "assendorp-2027",
                "WK019313",
                "Wijkbudget Assendorp",
                "Verdeel 10.000 euro.",
                10_000,
                List.of(
                        new Wijkbudget.Voorstel("bankjes", "Bankjes", null, 4_000),
                        new Wijkbudget.Voorstel("bomen", "Bomen", null, 6_000)),
                true,
                null,
                false,
                EIND);
        return ModelFactory.createModelForGraph(new WijkbudgetRdf(iris, 5).graph(w, stemmen, List.of(), nu));
    }
}
