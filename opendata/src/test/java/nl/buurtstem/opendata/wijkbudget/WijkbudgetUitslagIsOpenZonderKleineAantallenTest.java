package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** The wijkbudget's proposals are published with their votes, except counts too small to be anonymous. */
class WijkbudgetUitslagIsOpenZonderKleineAantallenTest {

    private final Iris iris = new Iris("https://buurtstem.example.nl/");

    @Test
    void a_proposal_with_few_votes_shows_no_number_but_a_status() {
        Wijkbudget w = new Wijkbudget(
                "assendorp-2027",
                "WK019303",
                "Wijkbudget Assendorp",
                "Verdeel 10.000 euro.",
                10_000,
                List.of(
                        new Wijkbudget.Voorstel("bankjes", "Bankjes", null, 4_000),
                        new Wijkbudget.Voorstel("bomen", "Bomen", null, 6_000)),
                true,
                null,
                false);

        Model m = ModelFactory.createModelForGraph(
                new WijkbudgetRdf(iris, 5).graph(w, Map.of("bankjes", 2L, "bomen", 7L)));

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
}
