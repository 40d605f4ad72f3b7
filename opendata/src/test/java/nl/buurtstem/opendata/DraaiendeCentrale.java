package nl.buurtstem.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real central node with demo content on a free port, in a fresh data folder (and a fresh PostgreSQL database when
 * the run is on PostgreSQL, see {@link TestStore}): started before each test and stopped after it, or once for the
 * whole class when the field is static.
 *
 * <pre>{@code
 * @RegisterExtension
 * final DraaiendeCentrale centrale = new DraaiendeCentrale(node -> node.fleet(FleetSettings.defaults()));
 * }</pre>
 */
public final class DraaiendeCentrale
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final UnaryOperator<CentralNode.Builder> instellingen;
    private boolean voorDeHeleKlasse;
    private Path data;
    private Optional<DatabaseAddress> database = Optional.empty();
    private CentralNode node;

    public DraaiendeCentrale() {
        this(UnaryOperator.identity());
    }

    /** With {@code instellingen} applied to the builder after the defaults: fleet settings, query limits, a clock... */
    public DraaiendeCentrale(UnaryOperator<CentralNode.Builder> instellingen) {
        this.instellingen = instellingen;
    }

    // JUnit calls the class-level callbacks only on a static field: that is how a class says it shares one node.
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        voorDeHeleKlasse = true;
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!voorDeHeleKlasse) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!voorDeHeleKlasse) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public CentralNode node() {
        return node;
    }

    public String url() {
        return node.url();
    }

    /** The public address URIs are minted under. */
    public String baseUri() {
        return node.baseUri();
    }

    public Path data() {
        return data;
    }

    /**
     * Waits until the background job {@code job} ({@code "alarmen"}, {@code "peiling-perioden"},
     * {@code "contact-bewaring"} ...) has begun {@code rondes} more rounds than now, as the node's /health counts them:
     * then at least {@code rondes - 1} whole rounds ran after this call. For "nothing more happens" checks, instead of
     * sleeping for what should be long enough.
     */
    public void wachtOpRondes(String job, int rondes) throws Exception {
        long nu = rondes(job);
        Await.await("'" + job + "' to begin " + rondes + " more rounds", () -> rondes(job), n -> n >= nu + rondes);
    }

    /**
     * Waits until every download on the node's /dumps/ page is there. A dataset's files are written one after the
     * other after start, and one still being written answers 503, so waiting for one file says nothing of the rest.
     */
    public void wachtOpDumps() throws Exception {
        Await.await("every dump on /dumps/ to be written", this::ontbrekendeDumps, List::isEmpty);
    }

    private List<String> ontbrekendeDumps() throws Exception {
        String pagina = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url() + "dumps/")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> ontbrekend = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"/(dumps/[^\"]+)\"").matcher(pagina);
        while (link.find()) {
            HttpRequest head = HttpRequest.newBuilder(URI.create(url() + link.group(1)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build();
            if (HTTP.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                ontbrekend.add(link.group(1));
            }
        }
        return ontbrekend;
    }

    private long rondes(String job) throws Exception {
        HttpResponse<String> health = HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + "health")).build(), HttpResponse.BodyHandlers.ofString());
        return Beheer.JSON.readTree(health.body()).path("rounds").path(job).asLong(0);
    }

    /** Stops the node and starts it again on the same port and data folder, as after a reboot. */
    public void herstart() {
        int port = node.port();
        node.stop();
        node = null;
        node = startNode(port);
    }

    /**
     * Stops the node, empties its TDB2 folder (a lost disk, a restore of the database alone) and starts it again: it
     * publishes everything again from its database.
     */
    public void herstartZonderTdb2() {
        int port = node.port();
        node.stop();
        node = null;
        // TDB2 keeps a database open per folder for the JVM's life; a real restart is a new JVM, which forgets it.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(data.resolve("tdb2").toString()), true);
        delete(data.resolve("tdb2"));
        node = startNode(port);
    }

    private void start() throws IOException {
        data = Files.createTempDirectory("buurtstem-central");
        database = TestStore.fresh();
        node = startNode(0);
    }

    private CentralNode startNode(int port) {
        return instellingen.apply(builder(data, port, database)).build().start();
    }

    /**
     * A central node as every test runs one (also kiosk's {@code Gemeente}): demo content, in {@code data}, on
     * {@code port} (0: a free one), on the PostgreSQL {@code database} of a PostgreSQL run.
     */
    public static CentralNode.Builder builder(Path data, int port, Optional<DatabaseAddress> database) {
        CentralNode.Builder builder = CentralNode.builder()
                .dataDir(data)
                .port(port)
                .demoContent(true)
                // Answers reach the open data a second after they arrive, as the demo's minute, but quicker.
                .publicatieperiode(Duration.ofSeconds(1));
        database.ifPresent(builder::database);
        return builder;
    }

    private void stop() {
        try {
            if (node != null) {
                node.stop();
            }
        } finally {
            node = null;
            delete(data);
            database.ifPresent(TestStore::drop);
            database = Optional.empty();
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + folder, e);
        }
    }
}
