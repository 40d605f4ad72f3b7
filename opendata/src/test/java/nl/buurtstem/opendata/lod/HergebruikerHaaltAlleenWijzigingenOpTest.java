package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reuser's nightly script, or a browser cache, asks "changed since?" and downloads only what did: documents and
 * dumps carry an ETag and Last-Modified that change with their content, not with a restart of the node.
 */
@Tag("slow")
class HergebruikerHaaltAlleenWijzigingenOpTest {

    private static final String PLAN = """
            {"id":"bankjes-assendorp","wijk":"WK019313","titel":"Meer bankjes in Assendorp",
             "samenvatting":"Langs de Assendorperstraat komen bankjes om even uit te rusten.",
             "fasen":[{"naam":"Plekken kiezen","van":"2027-01-01","tot":"2027-02-28"}],
             "momenten":[],"documenten":[],"demo":false}""";

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_document_answers_304_to_a_client_whose_copy_is_current() throws Exception {
        String doc = "/doc/wijk/WK019311";
        for (String accept : List.of("text/turtle", "application/ld+json", "text/html")) {
            HttpResponse<String> first = get(doc, accept, null, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertTrue(etag.matches("\"[^\"]+\""), etag);
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified);
            assertTrue(
                    lastModified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                    "an IMF-fixdate: " + lastModified);

            HttpResponse<String> byTag = get(doc, accept, etag, null);
            HttpResponse<String> byDate = get(doc, accept, null, lastModified);
            HttpResponse<String> otherTag = get(doc, accept, "\"iets-anders\"", null);

            assertEquals(304, byTag.statusCode(), accept);
            assertEquals("", byTag.body());
            assertEquals(etag, byTag.headers().firstValue("ETag").orElse(""));
            assertEquals(
                    "*",
                    byTag.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(304, byDate.statusCode(), accept);
            assertEquals(200, otherTag.statusCode(), accept);
            assertEquals(first.body(), otherTag.body());
        }
        assertNotEquals(
                get(doc, "text/turtle", null, null).headers().firstValue("ETag"),
                get(doc, "application/n-triples", null, null).headers().firstValue("ETag"),
                "each format is its own representation");
    }

    /**
     * The Last-Modified of {@code doc} once the node has settled after its start (the demo's answers reach the open
     * data when their publication period closes): the same before and after two rounds of closing periods.
     */
    private String rustig(String doc) throws Exception {
        return Await.await(
                doc + " to keep its Last-Modified while the node closes two publication periods",
                () -> {
                    String voor = lastModified(doc);
                    centrale.wachtOpRondes("peiling-perioden", 2);
                    return voor.equals(lastModified(doc)) ? voor : null;
                },
                Objects::nonNull);
    }

    private String lastModified(String doc) throws Exception {
        return get(doc, "text/turtle", null, null)
                .headers()
                .firstValue("Last-Modified")
                .orElseThrow();
    }

    @Test
    void a_dump_answers_304_until_its_dataset_changes() throws Exception {
        String dump = "/dumps/plannen.nt.gz";
        Redactie.wachtTot(() -> uncheckedGet(dump).statusCode() == 200, "the dumps are written after start");
        HttpResponse<String> first = get(dump, null, null, null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        String wijk = rustig("/doc/wijk/WK019311");

        assertEquals(304, get(dump, null, etag, null).statusCode());
        assertEquals(304, get(dump, null, null, lastModified).statusCode());

        Redactie.inloggen(centrale).publiceer("plan", "bankjes-assendorp", PLAN);
        Redactie.wachtTot(
                () -> !etag.equals(
                        uncheckedGet(dump).headers().firstValue("ETag").orElse(etag)),
                "the plannen dump is rewritten with the new plan");

        HttpResponse<String> changed = get(dump, null, etag, null);
        assertEquals(200, changed.statusCode());
        assertNotEquals(
                lastModified, changed.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(
                wijk,
                get("/doc/wijk/WK019311", "text/turtle", null, null)
                        .headers()
                        .firstValue("Last-Modified")
                        .orElseThrow(),
                "a wijk the new plan does not touch did not change");
    }

    @Test
    void a_restart_of_the_node_is_not_a_change() throws Exception {
        Redactie.wachtTot(() -> uncheckedGet("/dumps/wijken.ttl.gz").statusCode() == 200, "the dumps are written");
        HttpResponse<String> dump = get("/dumps/wijken.ttl.gz", null, null, null);
        HttpResponse<String> doc = get("/doc/plan/herinrichting-vechtstraat", "text/turtle", null, null);

        centrale.herstart();

        Redactie.wachtTot(() -> uncheckedGet("/dumps/wijken.ttl.gz").statusCode() == 200, "the dumps are there");
        HttpResponse<String> dumpAfter = get("/dumps/wijken.ttl.gz", null, null, null);
        HttpResponse<String> docAfter = get("/doc/plan/herinrichting-vechtstraat", "text/turtle", null, null);
        assertEquals(dump.headers().firstValue("ETag"), dumpAfter.headers().firstValue("ETag"));
        assertEquals(
                dump.headers().firstValue("Last-Modified"), dumpAfter.headers().firstValue("Last-Modified"));
        assertEquals(
                doc.headers().firstValue("Last-Modified"), docAfter.headers().firstValue("Last-Modified"));
        assertEquals(
                304,
                get(
                                "/doc/plan/herinrichting-vechtstraat",
                                "text/turtle",
                                null,
                                doc.headers().firstValue("Last-Modified").orElseThrow())
                        .statusCode());
        assertFalse(docAfter.body().isEmpty());
    }

    private HttpResponse<String> uncheckedGet(String path) {
        try {
            return get(path, null, null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String accept, String ifNoneMatch, String ifModifiedSince)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(centrale.url() + path.substring(1)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            b.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
