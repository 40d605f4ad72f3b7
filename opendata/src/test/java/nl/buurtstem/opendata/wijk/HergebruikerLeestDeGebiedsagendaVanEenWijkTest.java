package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wijkpanel member compares what the municipality promised her wijk with what it does: from the wijk's IRI she finds
 * its gebiedsagenda, goals and tasks in the order staff wrote them, as soon as a publicist saved them.
 */
class HergebruikerLeestDeGebiedsagendaVanEenWijkTest {

    private static final String AGENDA = """
            PREFIX schema: <https://schema.org/>
            PREFIX bs: <%1$sdef/>
            SELECT ?soort ?positie ?tekst WHERE {
              <%1$sid/wijk/%2$s> schema:subjectOf ?agenda .
              ?agenda a bs:Gebiedsagenda .
              { ?agenda bs:wijkdoel ?item BIND("doel" AS ?soort) } UNION { ?agenda bs:opgave ?item BIND("opgave" AS ?soort) }
              ?item schema:position ?positie ; schema:name ?tekst .
            } ORDER BY ?soort ?positie""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void the_goals_and_tasks_staff_saved_are_on_the_wijk_in_their_order() throws Exception {
        Medewerkersessie beheer = new Medewerkersessie(centrale.url())
                .login(
                        "admin",
                        Files.readString(centrale.data().resolve("staff-admin-password"))
                                .strip());
        String wijk = DemoContent.WIJK_DIEZERPOORT;
        HttpResponse<String> bewaard = beheer.form(
                "/beheer/wijken/" + wijk,
                Map.of(
                        "naam", "Diezerpoort",
                        "doelen", "Meer groen in de straten\nKinderen lopen veilig naar school\n",
                        "opgaven", "Twintig bomen planten in de Vechtstraat"));
        assertEquals(303, bewaard.statusCode(), bewaard.body());

        String query = AGENDA.formatted(centrale.baseUri(), wijk);
        List<String> regels = Await.await(() -> regels(beheer.sparql(query)), r -> r.size() == 3);
        assertEquals(
                List.of(
                        "doel 1: Meer groen in de straten",
                        "doel 2: Kinderen lopen veilig naar school",
                        "opgave 1: Twintig bomen planten in de Vechtstraat"),
                regels);
    }

    private static List<String> regels(JsonNode resultaat) {
        List<String> regels = new ArrayList<>();
        resultaat
                .path("results")
                .path("bindings")
                .forEach(r -> regels.add(r.path("soort").path("value").asText() + " "
                        + r.path("positie").path("value").asText() + ": "
                        + r.path("tekst").path("value").asText()));
        return regels;
    }
}
