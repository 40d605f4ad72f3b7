package nl.buurtstem.opendata.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.catalogus.Datasets;
import nl.buurtstem.opendata.lod.DatasetSpec;
import nl.buurtstem.opendata.lod.Dumps;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.lod.LinkedData;
import nl.buurtstem.testsupport.FreePort;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The open-data figures of issues 6 and 21, each beside a baseline measured in the same run: the full republish
 * time of about a million triples; dump generation with a progress bar; then per query the latency (p50, p95) of the
 * central node's endpoint and of Fuseki's standalone server (jena-fuseki-server from Maven Central, the project's
 * Jena version), each in its own JVM with the same flags, on copies of the same TDB2 files, with a check that both
 * give the same answer; the poll aggregates over the detail cube (before) and over peilingtotalen and the standings
 * peilingstand and peilingstandperwijk (after), with a check that the answer is the same; and the throughput of all
 * queries together, measured first, once both servers are idle. It measures; it asserts nothing.
 */
public final class OpendataBench {

    private static final String[] WIJKEN = {"WK019310", "WK019311", "WK019313", "WK019330", "WK019331"};

    public static void main(String[] args) throws Exception {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = Path.of(System.getProperty("opendata.bench.dir", "target/opendata-bench"))
                .toAbsolutePath();
        Path fusekiJar = Path.of(System.getProperty("opendata.bench.fuseki", "jena-fuseki-server.jar"));
        List<String> flags = List.of(
                System.getProperty("opendata.bench.serverFlags", "-Xmx2g").split(" "));
        Files.createDirectories(dir);
        // opendata.bench.reuse: the data of an earlier run is still there; only the SPARQL part runs again.
        if (!Boolean.getBoolean("opendata.bench.reuse") || !Files.exists(dir.resolve("fuseki-tdb2"))) {
            publish(dir, cells);
        }

        int ourPort = FreePort.find();
        int theirPort = FreePort.find();
        String cp = System.getProperty("java.class.path");
        System.out.println("SPARQL servers, each in its own JVM with the same flags: " + String.join(" ", flags));
        try (AparteServer ours = AparteServer.start(
                        "central node",
                        "http://localhost:" + ourPort + "/sparql",
                        flags,
                        List.of(
                                "--enable-native-access=ALL-UNNAMED",
                                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                                "-cp",
                                cp,
                                "nl.buurtstem.opendata.Main",
                                "--data",
                                dir.toString(),
                                "--port",
                                Integer.toString(ourPort),
                                "--host",
                                "127.0.0.1",
                                "--base-uri",
                                BASE,
                                // Fuseki's standalone server has no timeout: neither has ours here.
                                "--query-timeout-ms",
                                "3600000",
                                "--demo"),
                        dir.resolve("central.log"));
                AparteServer fuseki = AparteServer.start(
                        "Fuseki " + fusekiJar.getFileName(),
                        "http://localhost:" + theirPort + "/ds/query",
                        flags,
                        List.of(
                                "-jar",
                                fusekiJar.toString(),
                                "--config=" + dir.resolve("fuseki.ttl"),
                                "--port=" + theirPort,
                                "--localhost"),
                        dir.resolve("fuseki.log"))) {
            compare(new SparqlMeting(), ours, fuseki, rounds, threads);
        }
    }

    private static final String BASE = "http://localhost:8080/";

    /** Seeds the answers, times the full republish and the dumps, and leaves Fuseki a copy of the TDB2 files. */
    private static void publish(Path dir, int cells) throws Exception {
        CentralNode seed = central(dir).build().start();
        seed.stop();
        long t0 = System.nanoTime();
        long answers = seedAnswers(dir.resolve("central.db"), cells);
        System.out.printf(
                Locale.ROOT, "seeded %,d answers in %,d cells into SQLite in %.1f s%n", answers, cells, secs(t0));

        long t1 = System.nanoTime();
        CentralNode central = central(dir).build().start();
        double republish = secs(t1);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        long triples = Txn.calculateRead(tdb, () -> tdb.getUnionGraph().size());
        System.out.printf(
                Locale.ROOT,
                "full republish at start: %,d triples in %.1f s (%,.0f triples/s)%n",
                triples,
                republish,
                triples / republish);
        central.stop();
        dumps(dir);
        // The servers run in their own processes: this one lets go of the files (and their lock).
        TDBInternal.expel(tdb, true);
        // Fuseki gets a copy of the same TDB2 files: one database can be open in one process only.
        copy(dir.resolve("tdb2"), dir.resolve("fuseki-tdb2"));
        Files.writeString(dir.resolve("fuseki.ttl"), fusekiConfig(dir.resolve("fuseki-tdb2")));
    }

    private static CentralNode.Builder central(Path dir) {
        return CentralNode.builder().dataDir(dir).port(0).baseUri(BASE).demoContent(true);
    }

    private static void compare(SparqlMeting meting, AparteServer ours, AparteServer theirs, int rounds, int threads)
            throws Exception {
        List<Query> queries = queries(BASE);
        List<String> texts = queries.stream().map(Query::sparql).toList();
        // The node's start goes on after its endpoint answers (its dumps, then their garbage): measured meanwhile, it
        // had 0.64-0.73x Fuseki's queries/s at 1.3x its CPU per query (docs/ops/scale.md).
        double oursBusy = ours.awaitIdle(Duration.ofMinutes(15));
        double theirsBusy = theirs.awaitIdle(Duration.ofMinutes(15));
        System.out.printf(
                Locale.ROOT,
                "waited for both servers to be idle after their endpoints answered: central node %.0f s (the rest of "
                        + "its start: the dumps of every dataset checked or written), Fuseki %.0f s%n",
                oursBusy,
                theirsBusy);
        for (int warm = 0; warm < 3; warm++) {
            meting.throughput(ours.endpoint, texts, 1, 1);
            meting.throughput(theirs.endpoint, texts, 1, 1);
        }
        // First, so a run cut short by a time limit still prints it (issue 21's last run did not).
        throughput(meting, ours, theirs, queries, Math.max(1, rounds / 4), threads);
        System.out.printf(
                Locale.ROOT,
                "SPARQL latency, one query at a time, %d runs each, the two servers taking turns (ms):%n",
                rounds);
        System.out.printf(
                Locale.ROOT,
                "  %-44s %8s %8s   %8s %8s   %6s  %s%n",
                "query",
                "ours p50",
                "p95",
                "Fuseki p50",
                "p95",
                "p50 ×",
                "same answer");
        Map<String, String> answers = new HashMap<>();
        Map<String, Double> p50s = new HashMap<>();
        for (Query q : queries) {
            double[][] ms = meting.latencies(ours.endpoint, theirs.endpoint, q.sparql(), rounds);
            String a = meting.ask(ours.endpoint, q.sparql());
            String b = meting.ask(theirs.endpoint, q.sparql());
            answers.put(q.label(), a);
            double p50 = SparqlMeting.pct(ms[0], 50);
            double theirP50 = SparqlMeting.pct(ms[1], 50);
            p50s.put(q.label(), p50);
            System.out.printf(
                    Locale.ROOT,
                    "  %-44s %8.1f %8.1f   %10.1f %8.1f   %6.2f  %s (%s)%n",
                    q.label(),
                    p50,
                    SparqlMeting.pct(ms[0], 95),
                    theirP50,
                    SparqlMeting.pct(ms[1], 95),
                    p50 / theirP50,
                    SparqlMeting.sameAnswer(q.sparql(), a, b) ? "yes" : "NO",
                    SparqlMeting.summary(q.sparql(), a));
        }
        System.out.println("  aggregates before (detail) and after (totals, standings), on our endpoint:");
        for (Query q : queries) {
            if (q.before() != null) {
                System.out.printf(
                        Locale.ROOT,
                        "    %-42s p50 %8.1f -> %7.1f ms (%5.0f× faster), answer as before: %s%n",
                        q.label(),
                        p50s.get(q.before()),
                        p50s.get(q.label()),
                        p50s.get(q.before()) / p50s.get(q.label()),
                        SparqlMeting.sameAnswer(q.sparql(), answers.get(q.before()), answers.get(q.label()))
                                ? "yes"
                                : "NO");
            }
        }
    }

    private static void throughput(
            SparqlMeting meting, AparteServer ours, AparteServer theirs, List<Query> queries, int rounds, int threads)
            throws Exception {
        List<String> texts = queries.stream().map(Query::sparql).toList();
        System.out.printf(
                Locale.ROOT,
                "SPARQL throughput, all %d queries x %d rounds, %d client threads, two passes alternating (load %.1f):%n",
                texts.size(),
                rounds,
                threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double oursQps = 0;
        double theirsQps = 0;
        List<List<double[]>> oursMs = new ArrayList<>();
        List<List<double[]>> theirsMs = new ArrayList<>();
        // Two passes, alternating, best of each: neither side profits from running second (warm caches, JIT).
        for (int pass = 1; pass <= 2; pass++) {
            SparqlMeting.Doorvoer a = measured(meting, ours, texts, rounds, threads);
            SparqlMeting.Doorvoer b = measured(meting, theirs, texts, rounds, threads);
            oursQps = Math.max(oursQps, a.perSecond());
            theirsQps = Math.max(theirsQps, b.perSecond());
            oursMs.add(a.ms());
            theirsMs.add(b.ms());
            System.out.printf(
                    Locale.ROOT,
                    "  pass %d: central node %6.1f queries/s, Fuseki %6.1f (%.2f)%n",
                    pass,
                    a.perSecond(),
                    b.perSecond(),
                    a.perSecond() / b.perSecond());
        }
        System.out.printf(Locale.ROOT, "  central node /sparql  %8.1f queries/s%n", oursQps);
        System.out.printf(Locale.ROOT, "  standalone Fuseki     %8.1f queries/s (baseline)%n", theirsQps);
        System.out.printf(
                Locale.ROOT,
                "  ratio ours/Fuseki     %8.2f (load %.1f)%n",
                oursQps / theirsQps,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT, "  each query among the others, p50 of both passes (ms): %8s %10s%n", "ours", "Fuseki");
        for (int q = 0; q < queries.size(); q++) {
            System.out.printf(
                    Locale.ROOT,
                    "    %-50s %8.1f %10.1f%n",
                    queries.get(q).label(),
                    SparqlMeting.pct(joined(oursMs, q), 50),
                    SparqlMeting.pct(joined(theirsMs, q), 50));
        }
        System.out.flush();
    }

    /** A throughput pass, with the CPU the server's process spent on it (its threads and its GC) per query. */
    private static SparqlMeting.Doorvoer measured(
            SparqlMeting meting, AparteServer server, List<String> texts, int rounds, int threads) throws Exception {
        double cpu = server.cpuSeconds();
        SparqlMeting.Doorvoer d = meting.throughput(server.endpoint, texts, rounds, threads);
        System.out.printf(
                Locale.ROOT,
                "    %-12s %6.1f queries/s, %5.0f CPU-ms a query in its process%n",
                server.naam.startsWith("Fuseki") ? "Fuseki" : server.naam,
                d.perSecond(),
                (server.cpuSeconds() - cpu) * 1000 / (rounds * texts.size()));
        return d;
    }

    private static double[] joined(List<List<double[]>> passes, int query) {
        return passes.stream().flatMapToDouble(p -> Arrays.stream(p.get(query))).toArray();
    }

    private static void dumps(Path dir) throws Exception {
        LinkedData linkedData = LinkedData.open(dir.resolve("tdb2"));
        try (Dumps dumps =
                new Dumps(dir.resolve("bench-dumps"), linkedData.dataset(), new Iris(BASE), Datasets.all())) {
            long t2 = System.nanoTime();
            long written = 0;
            for (DatasetSpec spec : Datasets.all()) {
                long total =
                        Txn.calculateRead(linkedData.dataset(), () -> countGraphs(linkedData.dataset(), spec, BASE));
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

    /**
     * Answers in closed daily periods, every poll, kiosk, channel and option of a day a cell of 5 to 8 answers, so
     * the detail cube has {@code cells} observations and the totals cube one per poll, option, wijk and day.
     */
    private static long seedAnswers(Path db, int cells) throws Exception {
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, "
                    + "wijk, datum, ontvangen, periode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                LocalDate start = LocalDate.of(2025, 1, 1);
                int made = 0;
                for (int day = 0; made < cells; day++) {
                    LocalDate datum = start.plusDays(day);
                    long periode = datum.atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                            .toInstant()
                            .toEpochMilli();
                    for (int k = 0; k < 40 && made < cells; k++) {
                        for (String kanaal : List.of("scherm", "knop")) {
                            for (String peiling : POLLS.keySet()) {
                                for (int optie = 1; optie <= POLLS.get(peiling) && made < cells; optie++, made++) {
                                    for (int a = 0; a < 5 + (k + day + optie) % 4; a++) {
                                        s.setString(1, "bench-kiosk-" + k);
                                        s.setLong(2, ++n);
                                        s.setString(3, peiling);
                                        s.setInt(4, optie);
                                        s.setString(5, kanaal);
                                        s.setString(6, WIJKEN[k % WIJKEN.length]);
                                        s.setString(7, datum.toString());
                                        s.setLong(8, periode + 3_600_000);
                                        s.setLong(9, periode);
                                        s.addBatch();
                                    }
                                }
                            }
                        }
                    }
                    s.executeBatch();
                }
            }
            c.commit();
        }
        return n;
    }

    /** The bench's polls (the demo's) and their number of options. */
    private static final Map<String, Integer> POLLS =
            new LinkedHashMap<>(Map.of("veilig-in-de-wijk", 3, "speelplek-diezerpoort", 4));

    /** A query with a label; {@code before} names the query over the detail whose answer it must repeat. */
    private record Query(String label, String sparql, String before) {}

    private static List<Query> queries(String base) {
        String prefixes = "PREFIX qb: <http://purl.org/linked-data/cube#> PREFIX bs: <" + base + "def/> "
                + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> "
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
        String detail = "<" + base + "id/dataset/peilingresultaten>";
        String totalen = "<" + base + "id/dataset/peilingtotalen>";
        String stand = "<" + base + "id/dataset/peilingstand>";
        String standPerWijk = "<" + base + "id/dataset/peilingstandperwijk>";
        String poll = "<" + base + "id/peiling/veilig-in-de-wijk>";
        String day = "\"2025-03-01T00:00:00+01:00\"^^xsd:dateTime";
        String perOptie = "SELECT ?optie (SUM(?n) AS ?aantal) WHERE { ?o qb:dataSet %s ; bs:peiling " + poll
                + " ; bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n } GROUP BY ?optie";
        String perWijk = "SELECT ?wijk ?optie (SUM(?n) AS ?aantal) WHERE { ?o qb:dataSet %s ; bs:periode " + day
                + " ; bs:wijk ?wijk ; bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n } GROUP BY ?wijk ?optie";
        String alles = "SELECT ?optie (SUM(?n) AS ?antwoorden) WHERE { ?obs qb:dataSet %s ; "
                + "bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n } GROUP BY ?optie";
        // The guide's and README's form: one observation per option, nothing to add up.
        String allesUitStand = "SELECT ?optie ?antwoorden WHERE { ?obs qb:dataSet " + stand
                + " ; bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?antwoorden }";
        String perWijkHeleLooptijd = "SELECT ?wijk ?optie (SUM(?n) AS ?aantal) WHERE { ?o qb:dataSet %s ; bs:peiling "
                + poll + " ; bs:wijk ?wijk ; bs:antwoordoptie ?optie ; bs:aantalAntwoorden ?n } GROUP BY ?wijk ?optie";
        return List.of(
                new Query("A1 a poll's result per option, detail", prefixes + perOptie.formatted(detail), null),
                new Query(
                        "A1' the same from peilingtotalen",
                        prefixes + perOptie.formatted(totalen),
                        "A1 a poll's result per option, detail"),
                new Query(
                        "A1\" the same from peilingstand",
                        prefixes + perOptie.formatted(stand),
                        "A1 a poll's result per option, detail"),
                new Query("A2 one day per wijk and option, detail", prefixes + perWijk.formatted(detail), null),
                new Query(
                        "A2' the same from peilingtotalen",
                        prefixes + perWijk.formatted(totalen),
                        "A2 one day per wijk and option, detail"),
                new Query("A3 docs: every poll per option, detail", prefixes + alles.formatted(detail), null),
                new Query(
                        "A3' the same from peilingtotalen",
                        prefixes + alles.formatted(totalen),
                        "A3 docs: every poll per option, detail"),
                new Query(
                        "A3\" the same from peilingstand (the docs')",
                        prefixes + allesUitStand,
                        "A3 docs: every poll per option, detail"),
                new Query(
                        "A5 a poll per wijk and option, detail",
                        prefixes + perWijkHeleLooptijd.formatted(detail),
                        null),
                new Query(
                        "A5' the same from peilingtotalen",
                        prefixes + perWijkHeleLooptijd.formatted(totalen),
                        "A5 a poll per wijk and option, detail"),
                new Query(
                        "A5\" the same from peilingstandperwijk",
                        prefixes + perWijkHeleLooptijd.formatted(standPerWijk),
                        "A5 a poll per wijk and option, detail"),
                new Query(
                        "A4 per wijk and channel (detail only)",
                        prefixes + "SELECT ?wijk ?kanaal (SUM(?n) AS ?aantal) WHERE { ?o qb:dataSet " + detail
                                + " ; bs:wijk ?wijk ; bs:kanaal ?kanaal ; bs:aantalAntwoorden ?n } GROUP BY ?wijk ?kanaal",
                        null),
                new Query(
                        "Q plans with a participation date",
                        prefixes
                                + "SELECT ?plan ?titel ?t WHERE { ?plan a bs:Plan ; dct:title ?titel ; schema:subjectOf/schema:startDate ?t }",
                        null),
                new Query(
                        "Q ASK a kiosk's observation",
                        prefixes + "ASK { ?o bs:kiosk <" + base + "id/kiosk/bench-kiosk-7> }",
                        null),
                new Query("Q DESCRIBE a wijk", "DESCRIBE <" + base + "id/wijk/WK019311>", null));
    }

    private static String fusekiConfig(Path tdb) {
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                <#service> rdf:type fuseki:Service ; fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:dataset <#dataset> .
                # As on the central node: queries see the union of the named graphs as their default graph.
                <#dataset> rdf:type tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                """.formatted(tdb);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, target);
                }
            }
        }
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
