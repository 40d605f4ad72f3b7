package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.TestStore;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central node's server loses power while a kiosk uploads its backlog (kill -9 of the central process
 * between and during batch commits). After it restarts, every acknowledged tap is counted exactly once.
 */
@Tag("slow")
class StekkerUitCentraleTest {

    private static final String CENTRAL_MAIN = "nl.buurtstem.opendata.Main";
    private static final int TAPS = 2000;

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private int centralPort;
    private final Optional<DatabaseAddress> database = TestStore.fresh();
    private AparteJvm central;
    private KioskNode kiosk;

    @BeforeEach
    void start() {
        centralPort = FreePort.find();
        central = startCentral();
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.stop();
        }
        central.close();
    }

    @Test
    void every_acknowledged_tap_is_counted_once_after_kill_9_of_the_central_node_during_ingest() throws Exception {
        Centrale centrale = new Centrale(
                central.url(), centralData, database.orElse(DatabaseAddress.sqlite(centralData.resolve("central.db"))));
        Registratie registratie = centrale.registreer("Buurthuis Holtenbroek");
        kiosk = registratie
                .kiosk(kioskData)
                .answerCooldown(Duration.ZERO)
                .build()
                .start();
        Bewoners bewoners = new Bewoners(kiosk.url());
        String peiling = bewoners.actievePeiling();
        central.kill9();

        int acknowledged = tapWhileCentralIsDown(bewoners, peiling);
        central = startCentral();
        long seenMidIngest = killWhenPartlyIngested(centrale, registratie.kioskId());
        central = startCentral();

        assertTrue(
                seenMidIngest > 0 && seenMidIngest < acknowledged,
                "the central node was killed part-way through the backlog (saw " + seenMidIngest + " of " + acknowledged
                        + ")");
        assertEquals(0L, await(bewoners::wachtend, n -> n == 0, Duration.ofSeconds(90)), "outbox drained");
        long stored = Bewoners.opgeslagen(kioskData);
        assertEquals(acknowledged, stored, "the kiosk stored exactly what it acknowledged");
        assertEquals(stored, centrale.telling(registratie.kioskId()), "counted exactly once at the central node");
        assertEquals(
                stored,
                await(() -> centrale.sparqlTelling(registratie.kioskId()), n -> n == stored),
                "counted exactly once in SPARQL");
        assertFalse(
                Files.readString(centralData.resolve("central.log")).contains("unexpected failure"),
                "no request was answered with a 500");
    }

    private int tapWhileCentralIsDown(Bewoners bewoners, String peiling) throws Exception {
        ExecutorService residents = Executors.newFixedThreadPool(4);
        List<Future<Integer>> done = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int optie = 1 + r;
            done.add(residents.submit(() -> {
                int n = 0;
                for (int i = 0; i < TAPS / 4; i++) {
                    n += bewoners.tik(peiling, optie) ? 1 : 0;
                }
                return n;
            }));
        }
        int acknowledged = 0;
        for (Future<Integer> f : done) {
            acknowledged += f.get();
        }
        residents.shutdown();
        return acknowledged;
    }

    /** Watches the central node's database and pulls its plug once part, but not all, of the backlog is committed. */
    private long killWhenPartlyIngested(Centrale centrale, String kioskId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        long seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = centrale.telling(kioskId);
            if (seen > 0) {
                central.kill9();
                return seen;
            }
            // Not a wait for a fixed time: Await's 100 ms poll would often see the whole backlog in, and the plug must
            // be pulled while only part of it is.
            Thread.sleep(2);
        }
        return seen;
    }

    private AparteJvm startCentral() {
        List<String> args = new ArrayList<>(
                List.of("--data", centralData.toString(), "--port", Integer.toString(centralPort), "--demo"));
        database.ifPresent(d -> args.addAll(List.of("--database", TestStore.option(d))));
        return AparteJvm.start(
                CENTRAL_MAIN, centralPort, centralData.resolve("central.log"), args.toArray(String[]::new));
    }
}
