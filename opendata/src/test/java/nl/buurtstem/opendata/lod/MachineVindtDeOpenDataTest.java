package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

/**
 * A harvester, a search engine or a SPARQL client finds the data by the standard routes: the endpoint describes
 * itself (SPARQL Service Description), the data describes itself (VoID at /.well-known/void), and robots.txt leads
 * to a sitemap of every published thing's page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineVindtDeOpenDataTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Map<String, Lang> RDF_TYPES = Map.of(
            "text/turtle",
            Lang.TURTLE,
            "application/ld+json",
            Lang.JSONLD,
            "application/rdf+xml",
            Lang.RDFXML,
            "application/n-triples",
            Lang.NTRIPLES);

    @RegisterExtension
    static final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private Web web;

    @BeforeAll
    void connect() throws Exception {
        web = new Web(centrale.url());
        centrale.wachtOpDumps();
    }

    @Test
    void the_endpoint_describes_itself_in_every_rdf_format() throws Exception {
        for (Map.Entry<String, Lang> type : RDF_TYPES.entrySet()) {
            HttpResponse<String> r = web.get("/sparql", type.getKey());
            assertEquals(200, r.statusCode(), type.getKey() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type.getKey()));
            assertTrue(describesTheEndpoint(Web.parse(r.body(), type.getValue())), type.getKey() + ":\n" + r.body());
        }
        HttpResponse<String> noPreference = web.get("/sparql", null);
        assertEquals(200, noPreference.statusCode());
        assertTrue(describesTheEndpoint(Web.parse(noPreference.body(), Lang.TURTLE)));
        HttpResponse<String> head = web.send("HEAD", "/sparql", null, null, "text/turtle", null);
        assertEquals(200, head.statusCode());
        assertEquals(
                web.get("/sparql", "text/turtle").headers().firstValue("Content-Length"),
                head.headers().firstValue("Content-Length"));
        assertEquals("", head.body());
    }

    @Test
    void the_catalogues_endpoint_description_resolves_to_the_service_description() throws Exception {
        Model catalogue =
                Web.parse(web.get("/doc/catalogus/buurtstem", "text/turtle").body(), Lang.TURTLE);
        List<RDFNode> descriptions = catalogue
                .listObjectsOfProperty(catalogue.createProperty("http://www.w3.org/ns/dcat#endpointDescription"))
                .toList();

        assertEquals(1, descriptions.size());
        HttpResponse<String> r = web.get(descriptions.get(0).asResource().getURI(), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(describesTheEndpoint(Web.parse(r.body(), Lang.TURTLE)));
    }

    @Test
    void void_describes_the_data_its_subsets_and_their_dumps() throws Exception {
        HttpResponse<String> r = web.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model voidModel = Web.parse(r.body(), Lang.TURTLE);
        String query = """
                PREFIX void: <http://rdfs.org/ns/void#>
                ASK { <%1$sid/catalogus/buurtstem> a void:Dataset ; void:sparqlEndpoint <%1$ssparql> ;
                        void:uriSpace "%1$sid/" ; void:triples ?n ; void:vocabulary <http://purl.org/linked-data/cube#> ;
                        <http://purl.org/dc/terms/license> ?licence .
                      FILTER(?n > 1000) }""".formatted(centrale.baseUri());
        assertTrue(QueryExecutionFactory.create(query, voidModel).execAsk(), r.body());

        Set<String> subsets = objects(voidModel, "http://rdfs.org/ns/void#subset");
        Model catalogue =
                Web.parse(web.get("/doc/catalogus/buurtstem", "text/turtle").body(), Lang.TURTLE);
        assertEquals(objects(catalogue, "http://www.w3.org/ns/dcat#dataset"), subsets, "one subset per dataset");
        Set<String> dumps = objects(voidModel, "http://rdfs.org/ns/void#dataDump");
        assertTrue(dumps.size() >= 3 * subsets.size(), dumps.toString());
        for (String dump : dumps) {
            assertEquals(
                    200,
                    web.getBytes("/" + dump.substring(centrale.baseUri().length()))
                            .statusCode(),
                    dump);
        }
    }

    @Test
    void robots_txt_leads_to_a_sitemap_whose_every_page_answers() throws Exception {
        HttpResponse<String> robots = web.get("/robots.txt", null);
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Disallow: /beheer/"), robots.body());
        assertTrue(robots.body().contains("Sitemap: " + centrale.baseUri() + "sitemap.xml"), robots.body());

        HttpResponse<String> sitemap = web.get("/sitemap.xml", null);
        assertEquals(200, sitemap.statusCode());
        NodeList locs = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("loc");
        List<String> broken = new ArrayList<>();
        Set<String> pages = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String page = locs.item(i).getTextContent();
            pages.add(page);
            HttpResponse<String> r = web.get(page, "text/html");
            if (r.statusCode() != 200
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                broken.add(page + " -> " + r.statusCode());
            }
        }
        assertEquals(List.of(), broken);
        for (String thing : List.of(
                "plan/herinrichting-vechtstraat",
                "wijk/WK019311",
                "peiling/speelplek-diezerpoort",
                "dataset/peilingresultaten")) {
            assertTrue(pages.contains(centrale.baseUri() + "doc/" + thing), thing + " in " + pages);
        }
        assertFalse(pages.stream().anyMatch(p -> p.contains("/observatie")), "no single cube observations");
    }

    @Test
    void a_dataset_page_carries_schema_org_dataset_markup_for_search_engines() throws Exception {
        String page = web.get("/doc/dataset/plannen", "text/html").body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(script.find(), page);

        JsonNode dataset = new ObjectMapper().readTree(script.group(1));

        assertEquals("https://schema.org/", dataset.get("@context").asText());
        assertEquals("Dataset", dataset.get("@type").asText());
        assertEquals("Plannen per wijk", dataset.get("name").asText());
        assertFalse(dataset.get("description").asText().isBlank());
        assertTrue(dataset.get("license").asText().startsWith("http"), dataset.toString());
        assertEquals("Gemeente Zwolle", dataset.at("/publisher/name").asText(), dataset.toString());
        assertTrue(dataset.get("dateModified").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), dataset.toString());
        assertTrue(
                dataset.get("temporalCoverage").asText().matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}"),
                dataset.toString());
        assertEquals(
                centrale.baseUri() + "id/gemeente/GM0193",
                dataset.at("/spatialCoverage/@id").asText());
        List<String> downloads = new ArrayList<>();
        dataset.get("distribution")
                .forEach(d -> downloads.add(d.get("contentUrl").asText()));
        assertTrue(downloads.contains(centrale.baseUri() + "dumps/plannen.ttl.gz"), downloads.toString());
        for (String download : downloads) {
            assertEquals(
                    200,
                    web.getBytes("/" + download.substring(centrale.baseUri().length()))
                            .statusCode(),
                    download);
        }
    }

    private boolean describesTheEndpoint(Model m) {
        String query = """
                PREFIX sd: <%s>
                ASK { ?service a sd:Service ; sd:endpoint <%ssparql> ; sd:supportedLanguage sd:SPARQL11Query ;
                        sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ; sd:defaultDataset ?d }""".formatted(SD, centrale.baseUri());
        return QueryExecutionFactory.create(query, m).execAsk();
    }

    private static Set<String> objects(Model m, String property) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(m.createProperty(property))
                .forEachRemaining(o -> out.add(o.asResource().getURI()));
        return out;
    }
}
