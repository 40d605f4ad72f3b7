package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import nl.buurtstem.kiosk.store.Database;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;

/**
 * Prints sync figures beside baselines measured in the same run (bench/sync-bench runs it). Not a test:
 * it asserts nothing, it measures. Arguments: [kiosks] [batches per kiosk] [taps] [backlog]; system property
 * {@code sync.bench.dir} is where its databases go (a real disk, not tmpfs), {@code sync.bench.period.seconds} the
 * central node's publication period (default 1).
 */
public final class SyncBench {

    private SyncBench() {}

    public static void main(String[] args) throws Exception {
        int kiosks = arg(args, 0, 50);
        int batchesPerKiosk = arg(args, 1, 8);
        int taps = arg(args, 2, 1000);
        int backlog = arg(args, 3, 200_000);
        // On the real disk: a tmpfs would make every fsync free and every durability figure meaningless.
        Path base = Path.of(System.getProperty("sync.bench.dir", "."));
        Files.createDirectories(base);
        Path work = Files.createTempDirectory(base, "sync-bench");
        System.out.printf(
                "sync bench: %d kiosks x %d batches of %d events; %d taps; backlog %d events; in %s%n",
                kiosks, batchesPerKiosk, SyncLoop.BATCH_SIZE, taps, backlog, work);

        // The test node's one-second publication period by default; a longer one keeps closing periods (and
        // publishing them) out of the timed ingest.
        Duration periode = Duration.ofSeconds(Long.getLong("sync.bench.period.seconds", 1));
        Gemeente gemeente = Gemeente.start(work.resolve("central"), node -> node.publicatieperiode(periode));
        try {
            Centrale centrale = gemeente.centrale();
            ingest(centrale, kiosks, batchesPerKiosk, work);
            double[] idle = tapLatency(centrale, taps, work);
            catchUp(centrale, backlog, idle, work);
        } finally {
            gemeente.stop();
        }
    }

    /**
     * Batches each kiosk sends before the clock starts: the central node's code is compiled by then, as in a node
     * that has been running, and as the raw insert finds it later in the same JVM. Cold, the JIT compiler took a third
     * of the JVM's CPU during the timed ingest (2026-12-07).
     */
    private static final int WARM_UP_BATCHES = 4;

    /** Central ingest with many kiosks at once, beside the same rows inserted raw in batches of the same size. */
    private static void ingest(Centrale centrale, int kiosks, int batches, Path work) throws Exception {
        List<TestKiosk> fleet = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            // A client of its own, as every real kiosk has its own connection.
            fleet.add(TestKiosk.enroll(
                    HttpClient.newHttpClient(), centrale.url(), centrale.staffKey(), "Bench " + k, Centrale.WIJK));
        }
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        long events;
        double seconds;
        ThreadCpu before;
        ThreadCpu after;
        try {
            send(pool, fleet, 0, WARM_UP_BATCHES);
            before = ThreadCpu.sample();
            long start = System.nanoTime();
            events = send(pool, fleet, WARM_UP_BATCHES, WARM_UP_BATCHES + batches);
            seconds = (System.nanoTime() - start) / 1e9;
            after = ThreadCpu.sample();
        } finally {
            // Also when a kiosk's sync failed: its pool's threads would keep the JVM, and the bench lock, alive.
            pool.shutdownNow();
        }
        double central = events / seconds;
        Raw raw = rawBatchInsert(
                work.resolve("raw-central.db"),
                centrale.rijen("SELECT sql FROM sqlite_master WHERE tbl_name IN ('kiosk_event', 'antwoord') "
                        + "AND sql IS NOT NULL ORDER BY rowid"),
                fleet.stream().map(k -> k.id).toList(),
                batches);
        System.out.printf(
                "central ingest, %d kiosks at once (after %d warm-up batches each): %,.0f events/s (%,d events in %.1f s)%n",
                kiosks, WARM_UP_BATCHES, central, events, seconds);
        System.out.printf(
                "  baseline raw batch insert (same rows into the central's own tables, a transaction per batch of %d, "
                        + "synchronous=FULL): %,.0f events/s%n",
                SyncLoop.BATCH_SIZE, raw.eventsPerSecond());
        System.out.printf("  ratio central/raw: %.2f%n", central / raw.eventsPerSecond());
        System.out.printf(
                "  this JVM's CPU during the ingest (%.1f s), %s%n",
                seconds, after.since(before, (long) kiosks * batches, "batch of " + SyncLoop.BATCH_SIZE));
        System.out.printf(
                "  the raw insert, its one thread: %.1f ms of CPU and %.1f ms of wall time a batch (%.1f ms in commit)%n",
                raw.cpuMsPerBatch(), raw.wallMsPerBatch(), raw.commitMsPerBatch());
    }

    /** Sends batches {@code from} (inclusive) to {@code to} of every kiosk, all kiosks at once; the events accepted. */
    private static long send(ExecutorService pool, List<TestKiosk> fleet, int from, int to) throws Exception {
        List<Future<Integer>> sent = new ArrayList<>();
        for (TestKiosk kiosk : fleet) {
            sent.add(pool.submit(() -> {
                int events = 0;
                for (int b = from; b < to; b++) {
                    long first = (long) b * SyncLoop.BATCH_SIZE + 1;
                    events += kiosk.sync(KioskBerichten.answers(first, first + SyncLoop.BATCH_SIZE - 1))
                            .get("accepted")
                            .asInt();
                }
                return events;
            }));
        }
        long events = 0;
        for (Future<Integer> f : sent) {
            events += f.get();
        }
        return events;
    }

    private record Raw(double eventsPerSecond, double cpuMsPerBatch, double wallMsPerBatch, double commitMsPerBatch) {}

    /**
     * The best case the ingest is bounded by: the rows the fleet sent (its kiosks, their numbering and event ids,
     * the same data) into the central node's own two tables (their schema, indexes included, read from its database),
     * with its pragmas, one transaction per kiosk batch as the central node commits them, each table's rows sent as one
     * JDBC batch and nothing else done per row. Inserted row by row with a random UUID each, as before 2026-12-07, the
     * ids scattered the unique index's inserts over the whole file, every commit wrote about a page per row, and the
     * bound came out below the ingest it bounds (15,968 against 25,699 events/s).
     */
    private static Raw rawBatchInsert(Path file, List<String> schema, List<String> kioskIds, int batches)
            throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                // As the central node's SqliteConnections opens its database.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA secure_delete=ON");
                for (String create : schema) {
                    s.execute(create);
                }
            }
            c.setAutoCommit(false);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try (PreparedStatement event = c.prepareStatement("INSERT INTO kiosk_event(kiosk_id, seq, event_id, type, "
                            + "kiosk_time, event_time, time_flag, data, problem, received_at) "
                            + "VALUES (?, ?, ?, 'antwoord', ?, ?, NULL, ?, NULL, ?)");
                    PreparedStatement answer = c.prepareStatement(
                            "INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, wijk, datum, ontvangen) "
                                    + "VALUES (?, ?, ?, ?, 'scherm', ?, ?, ?)")) {
                // The warm-up rows first, untimed, as the central node had them before its clock started.
                for (int b = 0; b < WARM_UP_BATCHES; b++) {
                    for (String kiosk : kioskIds) {
                        rawBatch(c, event, answer, kiosk, b);
                    }
                }
                long commitNanos = 0;
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int b = WARM_UP_BATCHES; b < WARM_UP_BATCHES + batches; b++) {
                    for (String kiosk : kioskIds) {
                        commitNanos += rawBatch(c, event, answer, kiosk, b);
                    }
                }
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                double seconds = (System.nanoTime() - start) / 1e9;
                int n = kioskIds.size() * batches;
                return new Raw(
                        (double) n * SyncLoop.BATCH_SIZE / seconds, cpu / n, seconds * 1e3 / n, commitNanos / 1e6 / n);
            }
        }
    }

    /** One kiosk's batch {@code b}, committed; the nanoseconds its commit took. */
    private static long rawBatch(Connection c, PreparedStatement event, PreparedStatement answer, String kiosk, int b)
            throws Exception {
        Instant at = Instant.now();
        String now = at.toString();
        String datum = now.substring(0, 10);
        for (long seq = (long) b * SyncLoop.BATCH_SIZE + 1; seq <= (long) (b + 1) * SyncLoop.BATCH_SIZE; seq++) {
            int optie = 1 + (int) (seq % 4);
            event.setString(1, kiosk);
            event.setLong(2, seq);
            event.setString(3, KioskBerichten.idOf(seq));
            event.setString(4, now);
            event.setString(5, now);
            event.setString(
                    6,
                    "{\"peiling\":\"" + KioskBerichten.PEILING + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}");
            event.setString(7, now);
            event.addBatch();
            answer.setString(1, kiosk);
            answer.setLong(2, seq);
            answer.setString(3, KioskBerichten.PEILING);
            answer.setInt(4, optie);
            answer.setString(5, Centrale.WIJK);
            answer.setString(6, datum);
            answer.setLong(7, at.toEpochMilli());
            answer.addBatch();
        }
        event.executeBatch();
        answer.executeBatch();
        long commit = System.nanoTime();
        c.commit();
        return System.nanoTime() - commit;
    }

    /** Tap-to-durable at a kiosk that syncs meanwhile, beside a raw one-row SQLite commit with the same settings. */
    private static double[] tapLatency(Centrale centrale, int taps, Path work) throws Exception {
        Path data = work.resolve("kiosk-taps");
        KioskNode kiosk = startKiosk(centrale.registreer("Bench taps"), data);
        try {
            Bewoners bewoners = new Bewoners(kiosk.url());
            String peiling = bewoners.actievePeiling();
            for (int i = 0; i < 50; i++) {
                bewoners.tik(peiling, 1);
            }
            double[] ms = new double[taps];
            for (int i = 0; i < taps; i++) {
                long t = System.nanoTime();
                bewoners.tik(peiling, 1 + i % 4);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            double[] raw = rawCommits(work.resolve("raw-kiosk.db"), taps);
            System.out.printf(
                    "kiosk tap-to-durable (HTTP tap until 201, answer + outbox committed): p50 %.2f ms, p99 %.2f ms%n",
                    pct(ms, 50), pct(ms, 99));
            System.out.printf(
                    "  baseline raw SQLite one-row insert+commit (WAL, synchronous=FULL): p50 %.2f ms, p99 %.2f ms%n",
                    pct(raw, 50), pct(raw, 99));
            System.out.printf(
                    "  ratio tap/raw: p50 %.2f, p99 %.2f%n", pct(ms, 50) / pct(raw, 50), pct(ms, 99) / pct(raw, 99));
            return ms;
        } finally {
            kiosk.stop();
        }
    }

    private static double[] rawCommits(Path file, int n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
                        + "type TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            double[] ms = new double[n];
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO outbox(id, type, at, data) VALUES (?, 'antwoord', ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, Instant.now().toString());
                    insert.setString(3, "{\"peiling\":\"speelplek-diezerpoort\",\"optie\":1,\"kanaal\":\"scherm\"}");
                    insert.executeUpdate();
                    c.commit();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            return ms;
        }
    }

    /** Four weeks offline: a large backlog drains while a resident taps every 50 ms. */
    private static void catchUp(Centrale centrale, int backlog, double[] idle, Path work) throws Exception {
        Path data = work.resolve("kiosk-backlog");
        Registratie registratie = centrale.registreer("Bench backlog");
        KioskNode kiosk = startKiosk(registratie, data);
        String peiling = new Bewoners(kiosk.url()).actievePeiling();
        kiosk.stop();
        queue(data, peiling, backlog);
        long start = System.nanoTime();
        kiosk = startKiosk(registratie, data);
        try {
            Bewoners bewoners = new Bewoners(kiosk.url());
            AtomicBoolean draining = new AtomicBoolean(true);
            List<Double> during = new ArrayList<>();
            Thread resident = new Thread(() -> {
                while (draining.get()) {
                    try {
                        long t = System.nanoTime();
                        bewoners.tik(peiling, 2);
                        during.add((System.nanoTime() - t) / 1e6);
                        // Paces the simulated resident's taps: time passing is what the bench simulates here.
                        Thread.sleep(50);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            resident.start();
            await(bewoners::wachtend, n -> n == 0, Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            draining.set(false);
            resident.join();
            double[] ms = during.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(
                    "catch-up of %,d queued events (kiosk start included): %.1f s, %,.0f events/s%n",
                    backlog, seconds, backlog / seconds);
            System.out.printf(
                    "  taps during catch-up (%d): p50 %.2f ms, p99 %.2f ms; idle taps: p50 %.2f ms, p99 %.2f ms%n",
                    ms.length, pct(ms, 50), pct(ms, 99), pct(idle, 50), pct(idle, 99));
            System.out.printf(
                    "  ratio during/idle: p50 %.2f, p99 %.2f%n",
                    pct(ms, 50) / pct(idle, 50), pct(ms, 99) / pct(idle, 99));
        } finally {
            kiosk.stop();
        }
    }

    private static void queue(Path data, String peiling, int n) {
        Instant from = Instant.now().minus(Duration.ofDays(28));
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            db.transaction(c -> {
                for (int i = 0; i < n; i++) {
                    Outbox.append(
                            c,
                            "antwoord",
                            "{\"peiling\":\"" + peiling + "\",\"optie\":" + (1 + i % 4) + ",\"kanaal\":\"scherm\"}",
                            from.plusSeconds(i * 12L));
                }
                return null;
            });
        }
    }

    private static KioskNode startKiosk(Registratie registratie, Path data) {
        return registratie
                .kiosk(data)
                .syncInterval(Duration.ofMillis(500))
                .answerCooldown(Duration.ZERO)
                .build()
                .start();
    }

    private static double pct(double[] values, int percentile) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static int arg(String[] args, int i, int otherwise) {
        return args.length > i ? Integer.parseInt(args[i]) : otherwise;
    }
}
