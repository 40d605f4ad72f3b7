package nl.buurtstem.opendata.wijk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Medewerkersessie;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wijkpanel member compares what the municipality promised her wijk with what it does: from the wijk's IRI she finds
 * its gebiedsagenda, goals and tasks in the order staff wrote them, as soon as a publicist saved them, and when its
 * text last changed (saving the wijk page again without touching the agenda is no change).
 */
class HergebruikerLeestDeGebiedsagendaVanEenWijkTest {

    private static final String AGENDA = """
            PREFIX schema: <https://schema.org/>
            PREFIX bs: <%1$sdef/>
            SELECT ?soort ?positie ?tekst WHERE {
              <%1$sid/wijk/%2$s> schema:subjectOf ?agenda .
              ?agenda a bs:Gebiedsagenda .
              { ?agenda bs:wijkdoel ?item BIND("doel" AS ?soort) } UNION { ?agenda bs:opgave ?item BIND("opgave" AS ?soort) }
              ?item schema:position ?positie ; schema:name ?tekst FILTER(LANG(?tekst) = "nl")
            } ORDER BY ?soort ?positie""";

    private final TestClock klok = new TestClock("2026-03-02T09:00:00Z");

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale(b -> b.clock(klok));

    @Test
    void the_goals_and_tasks_staff_saved_are_on_the_wijk_in_their_order() throws Exception {
        Medewerkersessie beheer = inloggen();
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
        assertEquals("2026-03-02T09:00:00Z", gewijzigd(beheer, wijk), "the agenda says when it was written");

        klok.advance(Duration.ofDays(7));
        Medewerkersessie weekLater = inloggen(); // the login of a week ago has expired
        bewaar(weekLater, wijk, "Diezerpoort-Oost", "Meer groen in de straten\nKinderen lopen veilig naar school\n");
        String hernoemd = """
                PREFIX schema: <https://schema.org/>
                ASK { <%sid/wijk/%s> schema:name "Diezerpoort-Oost"@nl }""".formatted(centrale.baseUri(), wijk);
        Await.await("the wijk published again, agenda and all", () -> weekLater.sparqlAsk(hernoemd), ja -> ja);
        assertEquals("2026-03-02T09:00:00Z", gewijzigd(weekLater, wijk), "the same text saved again is no change");

        klok.advance(Duration.ofDays(7));
        Medewerkersessie later = inloggen();
        bewaar(later, wijk, "Diezerpoort-Oost", "Meer groen in de straten\n");
        Await.await(() -> regels(later.sparql(query)), r -> r.size() == 2);
        assertEquals("2026-03-16T09:00:00Z", gewijzigd(later, wijk), "a goal struck off is a change");
    }

    private Medewerkersessie inloggen() throws Exception {
        return Medewerkersessie.beheerder(centrale);
    }

    private static void bewaar(Medewerkersessie beheer, String wijk, String naam, String doelen) throws Exception {
        HttpResponse<String> bewaard = beheer.form(
                "/beheer/wijken/" + wijk,
                Map.of("naam", naam, "doelen", doelen, "opgaven", "Twintig bomen planten in de Vechtstraat"));
        assertEquals(303, bewaard.statusCode(), bewaard.body());
    }

    private String gewijzigd(Medewerkersessie beheer, String wijk) throws Exception {
        return beheer.sparql("""
                        PREFIX schema: <https://schema.org/>
                        PREFIX dct: <http://purl.org/dc/terms/>
                        SELECT ?gewijzigd WHERE { <%sid/wijk/%s> schema:subjectOf/dct:modified ?gewijzigd }""".formatted(centrale.baseUri(), wijk))
                .path("results")
                .path("bindings")
                .path(0)
                .path("gewijzigd")
                .path("value")
                .asText();
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
