package nl.buurtstem.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.opendata.CentralNode;

/**
 * Test fixture: a real central node with demo content on a free port, its data in a folder,
 * and the HTTP calls staff and data reusers make to it.
 */
final class Gemeente {

    static final String WIJK = "WK019302";
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path data;
    private final int port;
    private CentralNode central;

    private Gemeente(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    static Gemeente start(Path data) {
        Gemeente gemeente = new Gemeente(data, 0);
        gemeente.central = CentralNode.builder().dataDir(data).port(0).demoContent(true).build().start();
        return new Gemeente(data, gemeente.central.port()).adopt(gemeente.central);
    }

    private Gemeente adopt(CentralNode node) {
        this.central = node;
        return this;
    }

    void stop() {
        central.stop();
    }

    /** Starts the central node again on the same port and data folder, as after a reboot. */
    void restart() {
        central = CentralNode.builder().dataDir(data).port(port).demoContent(true).build().start();
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    String baseUri() {
        return central.baseUri();
    }

    /** Registers a kiosk for the wijk as staff would, and returns the configuration enroll writes. */
    KioskConfig registerKiosk(String naam) throws Exception {
        String key = Files.readString(data.resolve("staff-api-key")).trim();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "api/staff/kiosks"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"naam\":\"" + naam + "\",\"wijk\":\"" + WIJK + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registering a kiosk failed: " + response.body());
        }
        return new KioskConfig(url(), naam, WIJK, JSON.readTree(response.body()).get("enrollmentToken").asText());
    }

    /**
     * A kiosk registered here for the wijk, as the tests run it: simulated buttons, a free port and a quick sync.
     * Callers add what their story needs and start it.
     */
    KioskNode.Builder kiosk(String naam, Path data) throws Exception {
        return KioskNode.builder(registerKiosk(naam)).dataDir(data).port(0)
                .gpio(GpioPlatform.Choice.SIMULATED).syncInterval(Duration.ofMillis(200));
    }

    /** Runs a SELECT over the SPARQL protocol and returns the result bindings. */
    JsonNode sparql(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                        url() + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SPARQL answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("results").get("bindings");
    }

    /** Total of answers to one poll option by one channel, as published in the Data Cube. */
    long countedInSparql(String peiling, String kanaal) throws Exception {
        JsonNode rows = sparql("""
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?totaal) WHERE {
                  ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ;
                       <%1$sdef/peiling> <%1$sid/peiling/%2$s> ;
                       <%1$sdef/kanaal> <%1$sid/kanaal/%3$s> ;
                       <%1$sdef/aantalAntwoorden> ?n .
                }""".formatted(baseUri(), peiling, kanaal));
        JsonNode totaal = rows.path(0).path("totaal").path("value");
        return totaal.isMissingNode() ? 0 : totaal.asLong();
    }

    /** Waits until {@code condition} holds (at most 15 s); returns whether it did. Eventual, not timed. */
    static <T> T await(ThrowingSupplier<T> value, Predicate<T> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        T last = value.get();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
