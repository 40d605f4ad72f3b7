package nl.buurtstem.opendata.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A local journalist writes when Assendorp can send ideas, when it votes on its wijkbudget and when the winners are
 * made, from the open data alone: each phase staff gave a start is an event with its start and end as a time in the
 * Netherlands with its UTC offset (winter and summer time alike), so she can also ask which phase was on at any moment,
 * in UTC or any other zone. Nothing of the votes is in it.
 */
class HergebruikerVraagtDeFasenVanEenWijkbudgetTest {

    private static final String WIJKBUDGET = """
            {"id":"wijkbudget-assendorp-2027","wijk":"WK019313","titel":"Wijkbudget Assendorp 2027",
             "uitleg":"Verdeel 5000 euro.","bedrag":5000,
             "voorstellen":[{"id":"bankjes","titel":"Bankjes bij de speeltuin","bedrag":3000}],
             "stemcodes":false,"demo":false,"eind":"2027-03-29T22:00:00Z",
             "fasen":{"ideeen":"2027-01-10T08:00:00Z","voorstellen":"2027-02-01T08:00:00Z",
                      "stemmen":"2027-03-01T08:00:00Z","uitvoering":"2027-06-01T07:00:00Z"}}""";

    private static final String FASEN = """
            PREFIX schema: <https://schema.org/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX bs: <%1$sdef/>
            SELECT ?fase ?naam ?begin ?einde WHERE {
              <%1$sid/wijkbudget/wijkbudget-assendorp-2027> bs:fase ?f .
              ?f a schema:Event ; dct:identifier ?fase ; schema:name ?naam ; schema:startDate ?begin .
              FILTER(LANG(?naam) = "nl")
              OPTIONAL { ?f schema:endDate ?einde }
            } ORDER BY ?begin""";

    private static final String FASE_OP = """
            PREFIX schema: <https://schema.org/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX bs: <%1$sdef/>
            SELECT ?fase WHERE {
              <%1$sid/wijkbudget/wijkbudget-assendorp-2027> bs:fase ?f .
              ?f dct:identifier ?fase ; schema:startDate ?begin .
              OPTIONAL { ?f schema:endDate ?einde }
              FILTER(?begin <= "%2$s"^^xsd:dateTime && (!BOUND(?einde) || ?einde > "%2$s"^^xsd:dateTime))
            }""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void each_phase_is_an_event_with_its_dutch_start_and_end_and_can_be_asked_for_at_any_moment() throws Exception {
        new Beheer(centrale.url(), centrale.data()).publiceer("wijkbudget", "wijkbudget-assendorp-2027", WIJKBUDGET);

        List<String> fasen = Await.await(() -> rijen(FASEN.formatted(centrale.baseUri())), r -> r.size() == 5);
        assertEquals(
                List.of(
                        "ideeen | Ideeën geven | 2027-01-10T09:00:00+01:00 | 2027-02-01T09:00:00+01:00",
                        "voorstellen | De gemeente maakt voorstellen | 2027-02-01T09:00:00+01:00 | 2027-03-01T09:00:00+01:00",
                        "stemmen | Stemmen | 2027-03-01T09:00:00+01:00 | 2027-03-30T00:00:00+02:00",
                        "uitslag | De uitslag | 2027-03-30T00:00:00+02:00 | 2027-06-01T09:00:00+02:00",
                        "uitvoering | Het wordt gemaakt | 2027-06-01T09:00:00+02:00 | "),
                fasen,
                "each phase ends where the next begins; the vote at its end, in summer time");

        assertEquals(List.of("stemmen"), rijen(FASE_OP.formatted(centrale.baseUri(), "2027-03-29T21:59:59Z")));
        assertEquals(
                List.of("uitslag"),
                rijen(FASE_OP.formatted(centrale.baseUri(), "2027-03-30T00:00:00+02:00")),
                "the same moment as the vote's end, written in Dutch summer time");
        assertEquals(List.of(), rijen(FASE_OP.formatted(centrale.baseUri(), "2026-12-31T12:00:00Z")), "not begun");
    }

    /** The query's rows as a reuser's script reads them, the columns joined by " | ". */
    private List<String> rijen(String query) throws Exception {
        JsonNode json = Sparql.results(centrale.url(), query);
        List<String> rijen = new ArrayList<>();
        for (JsonNode rij : json.path("results").path("bindings")) {
            List<String> cellen = new ArrayList<>();
            json.path("head")
                    .path("vars")
                    .forEach(v -> cellen.add(rij.path(v.asText()).path("value").asText()));
            rijen.add(String.join(" | ", cellen));
        }
        return rijen;
    }
}
