package nl.buurtstem.opendata.begroting;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.QueryPage;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff import the budget from CSV with a per-line error report; the budget becomes a valid Data Cube by
 * Iv3 taakveld; grants and evaluations link up; the query page's example queries answer as promised.
 */
@Tag("slow")
class MedewerkerImporteertBegrotingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = """
            jaar;taakveld;fase;bedrag
            2025;6.1;begroot;1250000
            2025;6.1;gerealiseerd;1198500,50
            2025;9.9;begroot;100
            2025;5.7;begroot;800000
            twintig;5.7;gerealiseerd;1
            2025;5.7;gerealiseerd;812000
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Beheer beheer;

    @BeforeEach
    void staff() throws Exception {
        beheer = new Beheer(centrale.url(), centrale.data());
    }

    @Test
    void import_reports_each_wrong_line_and_imports_the_good_ones() throws Exception {
        JsonNode done = importCsv(CSV);

        assertEquals("klaar", done.get("status").asText());
        assertEquals(6, done.get("totaal").asInt());
        assertEquals(4, done.get("geimporteerd").asInt());
        JsonNode fouten = done.get("fouten");
        assertEquals(2, fouten.size(), fouten.toString());
        assertEquals(4, fouten.get(0).get("regel").asInt());
        assertTrue(fouten.get(0).get("melding").asText().contains("9.9"));
        assertEquals(6, fouten.get(1).get("regel").asInt());
        assertTrue(fouten.get(1).get("melding").asText().contains("twintig"));
    }

    @Test
    void budget_per_taakveld_planned_versus_realised_is_in_sparql_as_a_valid_cube() throws Exception {
        importCsv(CSV);

        JsonNode rows = await(() -> rowsWhere(select(example(3)), "jaar", "2025"), r -> r.size() == 2);
        assertEquals("5.7", rows.get(0).get("code").get("value").asText());
        assertEquals(0, new BigDecimal("800000").compareTo(amount(rows.get(0), "begroot")));
        assertEquals(0, new BigDecimal("812000").compareTo(amount(rows.get(0), "gerealiseerd")));
        assertEquals(
                "Samenkracht en burgerparticipatie",
                rows.get(1).get("taakveld").get("value").asText());
        assertEquals(0, new BigDecimal("1198500.50").compareTo(amount(rows.get(1), "gerealiseerd")));

        Model cube = await(
                () -> dump("begroting.nt.gz"),
                m -> m.listObjectsOfProperty(m.createProperty(centrale.baseUri() + "def/bedrag")).toList().stream()
                        .anyMatch(o -> new BigDecimal("812000")
                                        .compareTo(new BigDecimal(o.asLiteral().getLexicalForm()))
                                == 0));
        assertEquals(List.of(), DataCubeChecks.violations(cube));
        assertTrue(
                cube.contains(
                        cube.createResource(centrale.baseUri() + "id/dataset/begroting"),
                        cube.createProperty("http://www.w3.org/ns/prov#wasGeneratedBy"),
                        cube.createResource(centrale.baseUri() + "id/import/begroting/1")),
                "the import is the data's provenance");
    }

    @Test
    void evaluations_of_initiatives_funded_from_a_wijkbudget_are_found_by_the_example_query() throws Exception {
        put("subsidie", "moestuin-2026", """
                {"id":"moestuin-2026","initiatief":"buurtmoestuin-diezerpoort","jaar":2026,"bedrag":2500,
                 "wijkbudget":"diezerpoort-2026","omschrijving":"Zaden, gereedschap en twee regentonnen."}""");
        put("evaluatie", "moestuin-eerste-jaar", """
                {"id":"moestuin-eerste-jaar","evalueert":"initiatief/buurtmoestuin-diezerpoort","titel":"De moestuin na een jaar",
                 "datum":"2026-11-01","doelen":["Buren ontmoeten elkaar"],
                 "indicatoren":[{"naam":"Gezinnen die meedoen","eenheid":"gezinnen","nulmeting":5,"streefwaarde":20,"gemeten":30}],
                 "uitkomsten":"Dertig gezinnen oogsten samen.","lessen":["Regentonnen op tijd bestellen"]}""");
        assertEquals(400, put("evaluatie", "nergens", """
                {"id":"nergens","evalueert":"plan/bestaat-niet","titel":"Over niets"}""").statusCode());

        JsonNode rows = await(
                () -> rowsWhere(
                        rowsWhere(
                                select(example(4)),
                                "evaluatie",
                                centrale.baseUri() + "id/evaluatie/moestuin-eerste-jaar"),
                        "wijkbudget",
                        centrale.baseUri() + "id/wijkbudget/diezerpoort-2026"),
                r -> r.size() == 1);

        assertEquals(
                centrale.baseUri() + "id/initiatief/buurtmoestuin-diezerpoort",
                rows.get(0).get("initiatief").get("value").asText());
        assertEquals(
                "Dertig gezinnen oogsten samen.",
                rows.get(0).get("uitkomst").get("value").asText());
        assertEquals(
                centrale.baseUri() + "id/wijkbudget/diezerpoort-2026",
                rows.get(0).get("wijkbudget").get("value").asText());
    }

    @Test
    void every_example_query_of_the_query_page_answers() throws Exception {
        for (QueryPage.Voorbeeld v : QueryPage.voorbeelden(new Iris(centrale.baseUri()))) {
            HttpResponse<String> r = sparql(v.query(), v.formaat());
            assertEquals(200, r.statusCode(), v.titel() + ": " + r.body());
        }
        assertTrue(select(example(1)).size() >= 1, "the demo plan in Diezerpoort is found");
    }

    private JsonNode importCsv(String csv) throws Exception {
        HttpResponse<String> started = beheer.send("POST", "/api/beheer/begroting/import", "text/csv", csv);
        assertEquals(202, started.statusCode(), started.body());
        String progress = JSON.readTree(started.body()).get("voortgang").asText();
        return await(
                () -> JSON.readTree(beheer.send("GET", progress, null).body()),
                v -> !v.get("status").asText().equals("bezig"));
    }

    private HttpResponse<String> put(String soort, String ref, String body) throws Exception {
        return beheer.bewaarEnPubliceer(soort, ref, body);
    }

    /** The rows of a SELECT answer whose {@code column} has {@code value}: the demo has its own figures too. */
    private static JsonNode rowsWhere(JsonNode rows, String column, String value) {
        var out = JSON.createArrayNode();
        rows.forEach(r -> {
            if (value.equals(r.path(column).path("value").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    private static BigDecimal amount(JsonNode row, String column) {
        return new BigDecimal(row.get(column).get("value").asText());
    }

    private String example(int number) {
        return QueryPage.voorbeelden(new Iris(centrale.baseUri()))
                .get(number - 1)
                .query();
    }

    private HttpResponse<String> sparql(String query, String accept) throws Exception {
        return Sparql.post(centrale.url(), query, accept);
    }

    private JsonNode select(String query) throws Exception {
        return Sparql.select(centrale.url(), query);
    }

    private Model dump(String file) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + "dumps/" + file))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Model m = ModelFactory.createDefaultModel();
        if (r.statusCode() == 200) {
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body())))
                    .lang(Lang.NTRIPLES)
                    .parse(m);
        }
        return m;
    }
}
