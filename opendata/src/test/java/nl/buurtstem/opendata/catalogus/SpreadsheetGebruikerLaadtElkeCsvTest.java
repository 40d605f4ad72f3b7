package nl.buurtstem.opendata.catalogus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone with a spreadsheet takes every dataset as a CSV from the catalogue: each has one, with codes and names
 * beside the IRIs, and CSVW metadata beside it that names every column, its type and unit, and that the cells obey.
 */
class SpreadsheetGebruikerLaadtElkeCsvTest {

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void every_dataset_has_a_csv_whose_csvw_metadata_describes_it() throws Exception {
        Model catalogue = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("catalogus", "text/turtle").body(), Lang.TURTLE)
                .parse(catalogue);
        List<String> csvs = new ArrayList<>();
        catalogue
                .listSubjectsWithProperty(
                        catalogue.createProperty("http://www.w3.org/ns/dcat#", "mediaType"),
                        catalogue.createResource("http://www.iana.org/assignments/media-types/text/csv"))
                .forEachRemaining(d -> csvs.add(d.getPropertyResourceValue(
                                catalogue.createProperty("http://www.w3.org/ns/dcat#", "downloadURL"))
                        .getURI()));
        assertEquals(7, csvs.size(), "a CSV for each of the seven datasets: " + csvs);

        for (String csvUrl : csvs) {
            String path = csvUrl.substring(centrale.baseUri().length());
            HttpResponse<String> csv = await(path);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), path);
            String link = csv.headers().firstValue("Link").orElse("");
            assertTrue(link.contains("rel=\"describedby\""), path + " points to its metadata: " + link);

            JsonNode meta = json.readTree(
                    get(path.replace(".csv", ".csv-metadata.json"), "*/*").body());
            assertEquals(csvUrl, meta.get("url").asText());
            List<JsonNode> columns = StreamSupport.stream(
                            meta.get("tableSchema").get("columns").spliterator(), false)
                    .toList();
            List<List<String>> rows = parse(csv.body());
            assertEquals(columns.stream().map(c -> c.get("name").asText()).toList(), rows.get(0), path + " header");
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(columns.size(), row.size(), path + " " + row);
                for (int i = 0; i < row.size(); i++) {
                    String type = columns.get(i).get("datatype").asText();
                    String cell = row.get(i);
                    if (!cell.isEmpty() && !type.equals("string") && !type.equals("anyURI")) {
                        assertTrue(
                                TypeMapper.getInstance()
                                        .getSafeTypeByName("http://www.w3.org/2001/XMLSchema#" + type)
                                        .isValid(cell),
                                path + " column " + columns.get(i).get("name") + " is " + type + ": " + cell);
                    }
                }
            }
        }
    }

    @Test
    void a_table_gives_codes_names_and_units_beside_the_iris() throws Exception {
        String wijken = await("dumps/wijken.csv").body();
        assertTrue(
                wijken.contains("WK019311,Diezerpoort,2025,GM0193," + centrale.baseUri() + "id/wijk/WK019311,"
                        + "http://betalinkeddata.cbs.nl/regios/2025/id/wijk/WK019311"),
                wijken);

        String begroting = await("dumps/begroting.csv").body();
        assertTrue(begroting.startsWith("jaar,taakveld_code,taakveld_naam,fase,bedrag,"), begroting);
        assertTrue(begroting.contains("2024,6.1,Samenkracht en burgerparticipatie,gerealiseerd,14388250"), begroting);
        JsonNode bedrag = json.readTree(
                        await("dumps/begroting.csv-metadata.json").body())
                .get("tableSchema")
                .get("columns")
                .get(4);
        assertEquals("bedrag", bedrag.get("name").asText());
        assertEquals("euro", bedrag.get("schema:unitText").asText());

        String plannen = await("dumps/plannen.csv").body();
        assertTrue(
                plannen.contains("participatiemoment,Inloopavond over het ontwerp,,,2026-12-10T19:30:00+01:00,"
                        + "Buurthuis De Kroon,Voorbeeldstraat 1,Zwolle"),
                plannen);
    }

    private HttpResponse<String> await(String path) throws Exception {
        HttpResponse<String> r = Await.await(() -> get(path, "*/*"), response -> response.statusCode() != 503);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(centrale.url() + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }
}
