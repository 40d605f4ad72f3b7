package nl.buurtstem.opendata.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.catalogus.Datasets;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Dumps;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.LinkedData;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The open-data figures of issue 6, each beside a baseline measured in the same run:
 * SPARQL throughput of the central node's endpoint vs. a standalone Fuseki server on the same TDB2 data
 * and queries (ratio printed); the full republish time of about a million triples; dump generation with
 * a progress bar. It measures; it asserts nothing.
 */
public final class OpendataBench {

    private static final String[] WIJKEN = {"WK019301", "WK019302", "WK019303", "WK019307", "WK019308"};

    public static void main(String[] args) throws Exception {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = Path.of(System.getProperty("opendata.bench.dir", "target/opendata-bench"));
        Files.createDirectories(dir);

        CentralNode seed = CentralNode.builder()
                .dataDir(dir)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        seed.stop();
        long t0 = System.nanoTime();
        long answers = seedAnswers(dir.resolve("central.db"), cells);
        System.out.printf(
                Locale.ROOT, "seeded %,d answers in %,d cells into SQLite in %.1f s%n", answers, cells, secs(t0));

        long t1 = System.nanoTime();
        CentralNode central = CentralNode.builder()
                .dataDir(dir)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        double republish = secs(t1);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        long triples = Txn.calculateRead(tdb, () -> tdb.getUnionGraph().size());
        System.out.printf(
                Locale.ROOT,
                "full republish at start: %,d triples in %.1f s (%,.0f triples/s)%n",
                triples,
                republish,
                triples / republish);

        FusekiServer fuseki = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/ds", tdb, false)
                .build()
                .start();
        String ours = central.url() + "sparql";
        String theirs = "http://localhost:" + fuseki.getPort() + "/ds/query";
        List<String> queries = queries(central.baseUri());
        run(ours, queries, 5, threads);
        run(theirs, queries, 5, threads);
        // Two passes, alternating, best of each: neither side profits from running second (warm caches, JIT).
        double oursQps = 0;
        double theirsQps = 0;
        for (int pass = 0; pass < 2; pass++) {
            oursQps = Math.max(oursQps, run(ours, queries, rounds / 2, threads));
            theirsQps = Math.max(theirsQps, run(theirs, queries, rounds / 2, threads));
        }
        System.out.printf(
                Locale.ROOT,
                "SPARQL throughput (%d queries x %d rounds, %d threads):%n",
                queries.size(),
                rounds,
                threads);
        System.out.printf(Locale.ROOT, "  central node /sparql  %8.1f queries/s%n", oursQps);
        System.out.printf(Locale.ROOT, "  standalone Fuseki     %8.1f queries/s (baseline)%n", theirsQps);
        System.out.printf(Locale.ROOT, "  ratio ours/Fuseki     %8.2f%n", oursQps / theirsQps);
        System.out.println("  per query (queries/s, ours vs Fuseki):");
        for (int q = 0; q < queries.size(); q++) {
            List<String> one = List.of(queries.get(q));
            double a = run(ours, one, rounds / 4, threads);
            double b = run(theirs, one, rounds / 4, threads);
            System.out.printf(Locale.ROOT, "    Q%d %8.1f vs %8.1f  ratio %.2f%n", q + 1, a, b, a / b);
        }
        fuseki.stop();
        central.stop();

        LinkedData linkedData = LinkedData.open(dir.resolve("tdb2"));
        try (Dumps dumps = new Dumps(
                dir.resolve("bench-dumps"), linkedData.dataset(), new Iris(central.baseUri()), Datasets.all())) {
            long t2 = System.nanoTime();
            long written = 0;
            for (DatasetSpec spec : Datasets.all()) {
                long total = Txn.calculateRead(
                        linkedData.dataset(), () -> countGraphs(linkedData.dataset(), spec, central.baseUri()));
                written += dumps.write(spec, n -> bar(spec.slug(), n, total));
                System.out.println();
            }
            System.out.printf(
                    Locale.ROOT,
                    "dumps of every dataset (Turtle.gz, N-Triples.gz, JSON-LD, CSV): %,d triples in %.1f s%n",
                    written,
                    secs(t2));
        } finally {
            linkedData.close();
        }
    }

    private static long seedAnswers(Path db, int cells) throws Exception {
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, wijk, datum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                LocalDate start = LocalDate.of(2025, 1, 1);
                for (int cell = 0; cell < cells; cell++) {
                    // Independent digits of the cell number, so every cell is a distinct observation.
                    int k = cell % 40;
                    int rest = cell / 40_000;
                    String kiosk = "bench-kiosk-" + k;
                    String wijk = WIJKEN[k % WIJKEN.length];
                    String datum = start.plusDays((cell / 40) % 1000).toString();
                    String peiling = rest % 2 == 0 ? "veilig-in-de-wijk" : "speelplek-diezerpoort";
                    int optie = 1 + (rest / 2) % 3;
                    String kanaal = (rest / 6) % 2 == 0 ? "scherm" : "knop";
                    for (int a = 0; a < 5 + cell % 4; a++) {
                        s.setString(1, kiosk);
                        s.setLong(2, ++n);
                        s.setString(3, peiling);
                        s.setInt(4, optie);
                        s.setString(5, kanaal);
                        s.setString(6, wijk);
                        s.setString(7, datum);
                        s.addBatch();
                    }
                    if (cell % 5_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
        }
        return n;
    }

    private static List<String> queries(String base) {
        String prefixes = "PREFIX qb: <http://purl.org/linked-data/cube#> PREFIX bs: <" + base + "def/> "
                + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> ";
        return List.of(
                prefixes + "SELECT ?optie (SUM(?n) AS ?aantal) WHERE { ?o qb:dataSet <" + base
                        + "id/dataset/peilingresultaten> ; " + "bs:peiling <" + base
                        + "id/peiling/veilig-in-de-wijk> ; bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n } GROUP BY ?optie",
                prefixes + "SELECT ?wijk ?kanaal (SUM(?n) AS ?aantal) WHERE { ?o bs:wijk ?wijk ; bs:kanaal ?kanaal ; "
                        + "bs:datum \"2025-03-01\"^^<http://www.w3.org/2001/XMLSchema#date> ; bs:aantalAntwoorden ?n } GROUP BY ?wijk ?kanaal",
                prefixes
                        + "SELECT ?plan ?titel ?t WHERE { ?plan a bs:Plan ; dct:title ?titel ; schema:subjectOf/schema:startDate ?t }",
                prefixes + "ASK { ?o bs:kiosk <" + base + "id/kiosk/bench-kiosk-7> }",
                "DESCRIBE <" + base + "id/wijk/WK019302>");
    }

    /** Queries per second over {@code rounds} of every query, spread over {@code threads}. */
    private static double run(String endpoint, List<String> queries, int rounds, int threads) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong failures = new AtomicLong();
        long t = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                jobs.add(pool.submit(() -> {
                    HttpResponse<String> res = http.send(
                            HttpRequest.newBuilder(URI.create(endpoint))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header(
                                            "Accept",
                                            q.startsWith("DESCRIBE")
                                                    ? "text/turtle"
                                                    : "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        double elapsed = secs(t);
        if (failures.get() > 0) {
            System.out.println("  (" + failures.get() + " queries failed at " + endpoint + ")");
        }
        return jobs.size() / elapsed;
    }

    private static long countGraphs(DatasetGraph ds, DatasetSpec spec, String base) {
        Iris iris = new Iris(base);
        long n = 0;
        var names = ds.listGraphNodes();
        while (names.hasNext()) {
            var name = names.next();
            if (spec.contains(iris, name.getURI())) {
                n += ds.getGraph(name).size();
            }
        }
        return n;
    }

    private static void bar(String label, long done, long total) {
        int width = 40;
        int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
        System.out.printf(
                Locale.ROOT,
                "\r  %-18s [%s%s] %,d/%,d triples",
                label,
                "#".repeat(filled),
                " ".repeat(width - filled),
                done,
                total);
        System.out.flush();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
