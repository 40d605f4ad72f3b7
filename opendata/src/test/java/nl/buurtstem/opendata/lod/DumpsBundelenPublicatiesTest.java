package nl.buurtstem.opendata.lod;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import nl.buurtstem.testsupport.Await;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reuser downloads a dump that holds the latest publication, while the central node rewrites a dataset's dumps
 * once for a run of publications (a kiosk catching up, one closed period after another), not once per publication.
 * Real TDB2, real files; each rewrite is counted as the file system reports the dump moved into place.
 */
class DumpsBundelenPublicatiesTest {

    private static final int PUBLICATIONS = 30;
    private static final Iris IRIS = new Iris("http://localhost/");
    private static final DatasetSpec PROEF =
            new DatasetSpec("proef", "Proef", "Een dataset die steeds verandert", List.of(), List.of("proef/"), false);

    @TempDir
    Path data;

    private LinkedData linkedData;
    private Path folder;
    private WatchService watcher;

    @BeforeEach
    void open() throws IOException {
        linkedData = LinkedData.open(data.resolve("tdb2"));
        folder = Files.createDirectories(data.resolve("dumps"));
        watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
    }

    @AfterEach
    void close() throws IOException {
        watcher.close();
        linkedData.close();
    }

    @Test
    void a_burst_of_publications_is_written_once_things_are_quiet_with_the_latest_data() throws Exception {
        try (Dumps dumps = dumps(DumpSchedule.DEFAULT)) {
            publishBurst(dumps);

            awaitDumpWith(PUBLICATIONS);
            int rewrites = rewritesOf("proef.nt.gz");

            assertTrue(
                    rewrites < PUBLICATIONS, PUBLICATIONS + " publications rewrote the dumps " + rewrites + " times");
        }
    }

    @Test
    void publications_that_never_pause_still_reach_the_dumps_at_the_latest_moment() throws Exception {
        // Quiet never comes within this test: only the latest moment can write the dumps.
        try (Dumps dumps = dumps(new DumpSchedule(Duration.ofHours(1), Duration.ofSeconds(2)))) {
            publishBurst(dumps);

            awaitDumpWith(PUBLICATIONS);
            int rewrites = rewritesOf("proef.nt.gz");

            assertTrue(
                    rewrites < PUBLICATIONS, PUBLICATIONS + " publications rewrote the dumps " + rewrites + " times");
        }
    }

    private Dumps dumps(DumpSchedule schedule) {
        return new Dumps(folder, linkedData.dataset(), IRIS, List.of(PROEF), () -> true, "CC0", schedule);
    }

    /** One graph republished again and again, each time with the next count, as the publisher does. */
    private void publishBurst(Dumps dumps) {
        String graph = IRIS.graph("proef", "teller");
        for (int n = 1; n <= PUBLICATIONS; n++) {
            Graph content = GraphFactory.createDefaultGraph();
            content.add(
                    NodeFactory.createURI(IRIS.id("proef", "teller")),
                    NodeFactory.createURI(IRIS.def("stand")),
                    NodeFactory.createLiteralString("stand " + n));
            assertTrue(linkedData.replace(graph, content, Instant.now()));
            dumps.graphChanged(graph);
        }
    }

    private void awaitDumpWith(int stand) throws Exception {
        Await.await(
                "the dump to show stand " + stand,
                () -> {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("proef.nt.gz")))) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (NoSuchFileException notYet) {
                        return "(no dump yet)"; // written once the schedule says so
                    }
                },
                dump -> dump.contains("\"stand " + stand + "\""),
                Duration.ofMinutes(2));
    }

    /** How often {@code file} was moved into place so far (a rewrite writes beside it, then moves it). */
    private int rewritesOf(String file) throws InterruptedException {
        int rewrites = 0;
        // The dump was read with the latest data, so at least one move happened; later events follow it closely.
        WatchKey key = watcher.poll(1, TimeUnit.MINUTES);
        while (key != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    throw new AssertionError("too many file events to count");
                }
                if (file.equals(event.context().toString())) {
                    rewrites++;
                }
            }
            key.reset();
            key = watcher.poll(1, TimeUnit.SECONDS);
        }
        assertTrue(rewrites >= 1, "the dump was read, so it was moved into place at least once");
        return rewrites;
    }
}
