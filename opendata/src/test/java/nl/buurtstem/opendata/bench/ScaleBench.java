package nl.buurtstem.opendata.bench;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.store.DatabaseAddress;
import nl.buurtstem.opendata.store.LocalPostgres;

/**
 * The measurements behind bench/scale-bench: kiosk ingest (answers acknowledged per second) and SPARQL throughput
 * (queries per second) for SQLite with one central node, PostgreSQL with one, and PostgreSQL with two nodes sharing the
 * database, in one run on one machine, with ratios to SQLite/1; and how long a synced answer takes to show in SPARQL
 * on the other node. Prints; asserts nothing.
 */
public final class ScaleBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            SELECT ?optie (SUM(?n) AS ?aantal) WHERE {
              ?obs qb:dataSet <%1$sid/dataset/peilingresultaten> ;
                   <%1$sdef/antwoordoptie> ?optie ; <%1$sdef/aantalAntwoorden> ?n .
            } GROUP BY ?optie""";

    private final int kiosks;
    private final int answersEach;
    private final int batch;
    private final int threads;
    private final int queries;
    private final HttpClient http = HttpClient.newHttpClient();

    private ScaleBench(int kiosks, int answersEach, int batch, int threads, int queries) {
        this.kiosks = kiosks;
        this.answersEach = answersEach;
        this.batch = batch;
        this.threads = threads;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        int[] a = Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ScaleBench bench = new ScaleBench(
                a.length > 0 ? a[0] : 50,
                a.length > 1 ? a[1] : 200,
                a.length > 2 ? a[2] : 20,
                a.length > 3 ? a[3] : 16,
                a.length > 4 ? a[4] : 2000);
        Path dir = Path.of(System.getProperty("scale.bench.dir", "target-scalebench/bench-data"));
        System.out.printf(
                "%d kiosks x %d answers in batches of %d, %d client threads; %d SPARQL queries%n",
                bench.kiosks, bench.answersEach, bench.batch, bench.threads, bench.queries);
        Result sqlite = bench.measure("SQLite/1", dir.resolve("sqlite"), null, 1);
        Result pg1;
        Result pg2;
        try (LocalPostgres pg = LocalPostgres.start(LocalPostgres.Durability.AS_IN_PRODUCTION)) {
            pg1 = bench.measure("PostgreSQL/1", dir.resolve("pg1"), pg.createDatabase("een"), 1);
            pg2 = bench.measure("PostgreSQL/2", dir.resolve("pg2"), pg.createDatabase("twee"), 2);
        }
        System.out.println();
        System.out.printf("%-34s %14s %14s %14s%n", "", sqlite.name, pg1.name, pg2.name);
        row("ingest (answers acknowledged/s)", sqlite.ingest, pg1.ingest, pg2.ingest);
        row("SPARQL (queries/s)", sqlite.sparql, pg1.sparql, pg2.sparql);
        System.out.printf(
                "%-34s %14s %14s %14s%n",
                "answer to SPARQL on other node", "-", "-", "%.0f ms median".formatted(pg2.freshnessMillis));
        System.out.println("(ratios are to SQLite/1 in this run; both nodes of PostgreSQL/2 share this machine's cores"
                + " with the database and the clients: see docs/ops/scale.md)");
    }

    private static void row(String what, double sqlite, double pg1, double pg2) {
        System.out.printf(
                "%-34s %14s %14s %14s%n",
                what,
                "%.0f".formatted(sqlite),
                "%.0f (%.2fx)".formatted(pg1, pg1 / sqlite),
                "%.0f (%.2fx)".formatted(pg2, pg2 / sqlite));
    }

    private record Result(String name, double ingest, double sparql, double freshnessMillis) {}

    private Result measure(String name, Path dir, DatabaseAddress database, int nodeCount) throws Exception {
        Files.createDirectories(dir);
        List<CentralNode> nodes = new ArrayList<>();
        String base = null;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < nodeCount; i++) {
                CentralNode.Builder builder = CentralNode.builder()
                        .dataDir(dir.resolve("node" + i))
                        .port(0)
                        .demoContent(true)
                        .privacyThreshold(1)
                        // Demo content publishes poll results per closed period (a minute by default); one second
                        // keeps the freshness figure about copying between nodes, not about waiting for the minute.
                        .publicatieperiode(Duration.ofSeconds(1))
                        .fleet(FleetSettings.defaults());
                if (database != null) {
                    builder.database(database);
                }
                if (base != null) {
                    builder.baseUri(base);
                    // The nodes of one municipality share their secrets: IT copies them (docs/ops/scale.md).
                    Files.createDirectories(dir.resolve("node" + i));
                    Files.copy(
                            nodes.getFirst().dataDir().resolve("staff-api-key"),
                            dir.resolve("node" + i).resolve("staff-api-key"));
                }
                nodes.add(builder.build().start());
                base = nodes.getFirst().baseUri();
            }
            List<TestKiosk> fleet = new ArrayList<>();
            String staffKey = Beheer.sleutel(nodes.getFirst().dataDir());
            for (int i = 0; i < kiosks; i++) {
                fleet.add(TestKiosk.enroll(
                        http, nodes.getFirst().url(), staffKey, "Testkiosk", DemoContent.WIJK_DIEZERPOORT));
            }
            List<String> urls = nodes.stream().map(CentralNode::url).toList();
            double ingest = ingest(pool, fleet, urls);
            double sparql = sparql(pool, urls, base);
            double freshness = nodeCount > 1 ? freshness(fleet.getFirst(), urls, base) : 0;
            System.out.printf("%-14s ingest %.0f answers/s, SPARQL %.0f queries/s%n", name, ingest, sparql);
            return new Result(name, ingest, sparql, freshness);
        } finally {
            pool.shutdownNow();
            for (CentralNode node : nodes.reversed()) {
                node.stop();
            }
        }
    }

    /** Every kiosk sends its answers in batches, spread over the nodes as a balancer would; answers acked per second. */
    private double ingest(ExecutorService pool, List<TestKiosk> fleet, List<String> urls) throws Exception {
        AtomicLong acked = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < fleet.size(); k++) {
            TestKiosk kiosk = fleet.get(k);
            int first = k;
            work.add(pool.submit(() -> {
                long done = 0;
                int request = first;
                while (done < answersEach) {
                    long to = Math.min(done + batch, answersEach);
                    HttpResponse<String> r = kiosk.via(urls.get(request++ % urls.size()))
                            .post("/api/sync/v1/events", KioskBerichten.answers(done + 1, to));
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                    long now = JSON.readTree(r.body()).get("acknowledged").asLong();
                    acked.addAndGet(now - done);
                    done = now;
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return acked.get() / seconds(start);
    }

    private double sparql(ExecutorService pool, List<String> urls, String base) throws Exception {
        String body = "query=" + URLEncoder.encode(QUERY.formatted(base), StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            query(urls.get(i % urls.size()), body);
        }
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String url = urls.get(i % urls.size());
            work.add(pool.submit(() -> query(url, body)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return queries / seconds(start);
    }

    /** Median time from an acknowledged answer on the first node to its count in SPARQL on the second. */
    private double freshness(TestKiosk kiosk, List<String> urls, String base) throws Exception {
        String body = "query=" + URLEncoder.encode(QUERY.formatted(base), StandardCharsets.UTF_8);
        List<Double> samples = new ArrayList<>();
        long seq = answersEach;
        for (int i = 0; i < 15; i++) {
            long before = total(query(urls.get(1), body));
            seq++;
            long start = System.nanoTime();
            HttpResponse<String> r =
                    kiosk.via(urls.get(0)).post("/api/sync/v1/events", KioskBerichten.answers(seq, seq));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.body());
            }
            while (total(query(urls.get(1), body)) == before) {
                // The bench measures this latency: a 5 ms poll keeps its resolution (Await polls every 100 ms).
                Thread.sleep(5);
            }
            samples.add((System.nanoTime() - start) / 1e6);
        }
        samples.sort(null);
        return samples.get(samples.size() / 2);
    }

    private String query(String url, String body) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url + "sparql"))
                        .header("Accept", "application/sparql-results+json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("SPARQL answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long total(String results) throws Exception {
        long n = 0;
        for (var row : JSON.readTree(results).path("results").path("bindings")) {
            n += row.path("aantal").path("value").asLong();
        }
        return n;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
