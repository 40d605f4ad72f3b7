package nl.buurtstem.opendata.peiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.testsupport.Await;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A researcher opens the poll results in a spreadsheet: the question and the answer's words beside their codes, and
 * a held-back count as an empty cell with its reason in the status column, never a 0 that reads as "nobody".
 */
class OnderzoekerLeestPeilingUitslagAlsTabelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEILING = Bankjespeiling.ID;

    private final TestClock klok = new TestClock(Instant.now());

    @RegisterExtension
    final DraaiendeCentrale centrale =
            new DraaiendeCentrale(b -> b.clock(klok).privacyThreshold(5).publicatieperiode(Duration.ofDays(1)));

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aPollRuns() throws Exception {
        Bankjespeiling.publiceer(new Beheer(centrale.url(), centrale.data()), DemoContent.WIJK_DIEZERPOORT);
    }

    @Test
    void a_held_back_count_is_an_empty_cell_with_its_reason() throws Exception {
        TestKiosk kiosk =
                TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT).op(klok);
        kiosk.antwoorden(PEILING, 1, 12);
        kiosk.antwoorden(PEILING, 2, 1);
        klok.advance(Duration.ofDays(1));

        List<String[]> rows = wachtOpRijen();
        List<String> header = Arrays.asList(rows.get(0));
        int vraag = header.indexOf("vraag");
        int naam = header.indexOf("optie_naam");
        int aantal = header.indexOf("aantal_antwoorden");
        int status = header.indexOf("status");
        List<String[]> poll = rows.stream()
                .skip(1)
                .filter(r -> r[header.indexOf("peiling_id")].equals(PEILING))
                .toList();
        assertTrue(poll.stream().allMatch(r -> r[vraag].equals("Wat wilt u bij het water?")));
        assertTrue(poll.stream().anyMatch(r -> r[naam].equals("Bankjes")));
        assertTrue(
                poll.stream().anyMatch(r -> r[status].equals("C") && r[aantal].isEmpty()),
                "the single answer for Bomen is held back, as an empty cell");
        assertTrue(
                poll.stream().noneMatch(r -> !r[status].isEmpty() && !r[aantal].isEmpty()),
                "no held-back cell carries a number");
        assertTrue(
                poll.stream().anyMatch(r -> r[status].isEmpty() && r[aantal].equals("12")),
                "a count above the threshold is shown");

        JsonNode columns = JSON.readTree(
                        get("dumps/peilingresultaten.csv-metadata.json").body())
                .get("tableSchema")
                .get("columns");
        assertEquals("aantal_antwoorden", columns.get(aantal).get("name").asText());
        assertEquals("integer", columns.get(aantal).get("datatype").asText());
        assertEquals("antwoorden", columns.get(aantal).get("schema:unitText").asText());
    }

    private List<String[]> wachtOpRijen() throws Exception {
        HttpResponse<String> csv = Await.await(
                "the poll's closed day in the CSV",
                () -> get("dumps/peilingresultaten.csv"),
                r -> r.statusCode() == 200 && r.body().contains("," + PEILING + ","));
        List<String[]> rows = new ArrayList<>();
        // No cell of this poll holds a comma or a quote: a plain split will do.
        csv.body().lines().forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
