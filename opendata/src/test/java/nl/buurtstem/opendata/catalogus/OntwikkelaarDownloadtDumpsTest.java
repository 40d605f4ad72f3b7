package nl.buurtstem.opendata.catalogus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.Sparql;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.lod.DataCubeChecks;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A developer downloads whole datasets that parse, follow the latest answers, and hold nothing personal. */
@Tag("slow")
class OntwikkelaarDownloadtDumpsTest {

    private static final List<String> DATASETS =
            List.of("peilingresultaten", "plannen", "initiatieven", "begroting", "evaluaties", "wijken");
    private final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void every_dump_parses_in_its_format() throws Exception {
        for (String dataset : DATASETS) {
            Model turtle = parse(gunzip(await(dataset + ".ttl.gz", b -> true)), Lang.TURTLE);
            Model ntriples = parse(gunzip(await(dataset + ".nt.gz", b -> true)), Lang.NTRIPLES);
            Model jsonld = parse(await(dataset + ".jsonld", b -> true), Lang.JSONLD);
            assertTrue(turtle.isIsomorphicWith(ntriples), dataset + ": Turtle and N-Triples hold the same triples");
            assertEquals(ntriples.size(), jsonld.size(), dataset + ": JSON-LD holds the same triples");
        }
        Model plannen = parse(gunzip(await("plannen.nt.gz", b -> true)), Lang.NTRIPLES);
        assertTrue(plannen.containsResource(
                plannen.createResource(centrale.baseUri() + "id/plan/herinrichting-vechtstraat")));
        String csv = new String(await("peilingresultaten.csv", b -> true), StandardCharsets.UTF_8);
        assertTrue(
                csv.startsWith(
                        "periode,peiling_id,vraag,optie_code,optie_naam,wijkcode,kiosk_id,kanaal,aantal_antwoorden"),
                csv);
    }

    @Test
    void a_synced_answer_is_in_the_dumps_within_seconds() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        await("peilingresultaten.csv", b -> true);
        kiosk.post("/api/sync/v1/events", KioskBerichten.answerBatch(1, "speelplek-diezerpoort", 3));

        String csv = new String(
                await(
                        "peilingresultaten.csv",
                        b -> new String(b, StandardCharsets.UTF_8).contains("speelplek-diezerpoort/optie/3")),
                StandardCharsets.UTF_8);

        assertTrue(csv.contains(kiosk.id), csv);
        byte[] nt = gunzip(await("peilingresultaten.nt.gz", b -> {
            try {
                return new String(gunzip(b), StandardCharsets.UTF_8).contains("speelplek-diezerpoort/optie/3");
            } catch (IOException e) {
                return false;
            }
        }));
        assertEquals(
                List.of(),
                DataCubeChecks.violations(parse(nt, Lang.NTRIPLES)),
                "the published poll cube passes IC-1..21 after normalisation");
    }

    @Test
    void nothing_personal_reaches_the_dumps_or_sparql() throws Exception {
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        String idee = KioskBerichten.event(
                2,
                UUID.randomUUID().toString(),
                "idee",
                Instant.now(),
                "{\"thema\":\"groen\",\"tekst\":\"Ik ben Jantje Zonneveld van de Vechtstraat 12, bel mij\","
                        + "\"contact\":\"0612345678 of jantje.zonneveld@voorbeeld.nl\",\"toestemming\":true}");
        assertEquals(
                200,
                kiosk.post(
                                "/api/sync/v1/events",
                                KioskBerichten.batch(
                                        Instant.now(),
                                        KioskBerichten.answer(
                                                1,
                                                UUID.randomUUID().toString(),
                                                Instant.now(),
                                                "speelplek-diezerpoort",
                                                2)))
                        .statusCode());
        // An idea with contact details, typed at the kiosk with consent: kept for the ideeënmakelaar, never published.
        kiosk.post("/api/sync/v1/events", KioskBerichten.batch(Instant.now(), idee));
        await(
                "peilingresultaten.csv",
                b -> new String(b, StandardCharsets.UTF_8).contains("speelplek-diezerpoort/optie/2"));

        List<String> personal =
                List.of("Zonneveld", "0612345678", "voorbeeld.nl", "Vechtstraat 12", "127.0.0.1", kiosk.secret);
        for (String dataset : DATASETS) {
            for (String file : List.of(dataset + ".ttl.gz", dataset + ".nt.gz", dataset + ".jsonld")) {
                byte[] body = await(file, b -> true);
                String text = new String(file.endsWith(".gz") ? gunzip(body) : body, StandardCharsets.UTF_8);
                for (String p : personal) {
                    assertFalse(text.contains(p), file + " contains " + p);
                }
            }
        }
        String everything =
                sparql("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && (CONTAINS(STR(?o), \"Zonneveld\") "
                        + "|| CONTAINS(STR(?o), \"0612345678\") || CONTAINS(STR(?o), \"voorbeeld.nl\"))) }");
        assertFalse(everything.contains("Zonneveld"), everything);
    }

    private byte[] await(String file, Predicate<byte[]> ready) throws Exception {
        return Await.await(
                        "dumps/" + file + " as expected",
                        () -> http.send(
                                HttpRequest.newBuilder(URI.create(centrale.url() + "dumps/" + file))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray()),
                        last -> last.statusCode() == 200 && ready.test(last.body()))
                .body();
    }

    private String sparql(String query) throws Exception {
        return Sparql.body(centrale.url(), query, "text/csv");
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(m);
        return m;
    }
}
