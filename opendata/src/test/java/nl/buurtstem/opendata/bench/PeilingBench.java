package nl.buurtstem.opendata.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.testsupport.FreePort;

/**
 * The measurements behind bench/peiling-bench: what one kiosk's content feed and one poll's page cost with polls of
 * many answers over many closed periods, for two builds of the central node (a baseline and this tree), each in its
 * own JVM on a copy of the same data, the requests alternating between them. Prints; asserts nothing.
 */
public final class PeilingBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "http://localhost:8080/";
    private static final String[] WIJKEN = {"WK019310", "WK019311", "WK019313", "WK019330", "WK019331"};
    private static final ZoneId GEMEENTE = ZoneId.of("Europe/Amsterdam");

    private PeilingBench() {}

    public static void main(String[] args) throws Exception {
        int perPoll = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int polls = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path dir = Path.of(System.getProperty("peiling.bench.dir", "target-peilingbench/bench-data"))
                .toAbsolutePath();
        String baseline = System.getProperty("peiling.bench.baseline", "baseline");
        String baselineCp = System.getProperty("peiling.bench.baselineClasspath");
        List<String> flags = List.of(
                System.getProperty("peiling.bench.serverFlags", "-Xmx1g").split(" "));

        TestKiosk kiosk = seed(dir.resolve("seed"), perPoll, polls, days);
        copy(dir.resolve("seed"), dir.resolve("baseline"));
        copy(dir.resolve("seed"), dir.resolve("dezeboom"));
        System.out.println("load before the servers start: " + load());
        try (AparteServer oud = server("baseline " + baseline, baselineCp, dir.resolve("baseline"), flags);
                AparteServer nieuw =
                        server("this tree", System.getProperty("java.class.path"), dir.resolve("dezeboom"), flags)) {
            String oudUrl = oud.endpoint.replace("/sparql", "");
            String nieuwUrl = nieuw.endpoint.replace("/sparql", "");
            TestKiosk viaOud = kiosk.via(oudUrl);
            TestKiosk viaNieuw = kiosk.via(nieuwUrl);
            HttpClient http = HttpClient.newHttpClient();
            String eerste = "bench-peiling-1";

            System.out.printf(
                    "same figures: feed %s, page %s%n",
                    uitslagen(feed(viaOud)).equals(uitslagen(feed(viaNieuw))),
                    page(http, oudUrl, eerste).equals(page(http, nieuwUrl, eerste)));
            // After its endpoint answers a node still checks its dumps (tens of CPU-seconds): measured only after.
            double oudBezig = oud.awaitIdle(Duration.ofMinutes(15));
            double nieuwBezig = nieuw.awaitIdle(Duration.ofMinutes(15));
            System.out.printf(
                    Locale.ROOT,
                    "waited for both servers to be idle: baseline %.0f s, this tree %.0f s more%n",
                    oudBezig,
                    nieuwBezig);
            System.out.println("load before measuring: " + load());
            double[][] feed = alternate(rounds, () -> feed(viaOud), () -> feed(viaNieuw));
            double[][] pagina = alternate(rounds, () -> page(http, oudUrl, eerste), () -> page(http, nieuwUrl, eerste));
            System.out.println("load after measuring: " + load());
            report("kiosk content feed (GET /api/sync/v1/content, " + polls + " polls in its wijk)", feed, baseline);
            report("poll page (GET /doc/peiling/" + eerste + ", text/html)", pagina, baseline);
        }
    }

    /**
     * A data folder with {@code polls} polls asked in every wijk (the second closed, so "Wat er gebeurde" shows it
     * too), each with {@code perPoll} answers over {@code days} closed days, and one enrolled kiosk to read the feed.
     */
    private static TestKiosk seed(Path dir, int perPoll, int polls, int days) throws Exception {
        CentralNode node = CentralNode.builder()
                .dataDir(dir)
                .port(0)
                .baseUri(BASE)
                .demoContent(true)
                .build()
                .start();
        TestKiosk kiosk;
        try {
            Beheer beheer = new Beheer(node.url(), dir);
            for (int p = 1; p <= polls; p++) {
                Map<String, Object> peiling = new LinkedHashMap<>();
                peiling.put("id", "bench-peiling-" + p);
                peiling.put("vraag", "Benchvraag " + p + "?");
                peiling.put("opties", p % 2 == 1 ? List.of("Ja", "Nee", "Weet niet") : List.of("A", "B", "C", "D"));
                peiling.put("demo", false);
                if (p == 2) {
                    peiling.put("eind", Instant.now().minusSeconds(3600).toString());
                }
                beheer.publiceer("peiling", "bench-peiling-" + p, JSON.writeValueAsString(peiling));
            }
            kiosk = TestKiosk.enroll(beheer.http, beheer.base, beheer.key, "Buurthuis bench", WIJKEN[0]);
        } finally {
            node.stop();
        }
        long t0 = System.nanoTime();
        long n = seedAnswers(dir.resolve("central.db"), perPoll, polls, days);
        System.out.printf(
                Locale.ROOT,
                "seeded %,d answers (%d polls x %,d over %d closed days) in %.1f s%n",
                n,
                polls,
                perPoll,
                days,
                (System.nanoTime() - t0) / 1e9);
        return kiosk;
    }

    /**
     * Answers as kiosks send them: 20 kiosks over the five wijken, two channels, options skewed so the rarest one's
     * cells are mostly under the threshold and held back, some with the cells that would give them away.
     */
    private static long seedAnswers(Path db, int perPoll, int polls, int days) throws Exception {
        Random random = new Random(20261207);
        long seq = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO antwoord(kiosk_id, seq, peiling, optie, kanaal, "
                            + "wijk, datum, ontvangen, periode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement gesloten = c.prepareStatement(
                            "INSERT INTO peiling_periode(peiling, periode) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                LocalDate start = LocalDate.now(GEMEENTE).minusDays(days + 1L);
                for (int p = 1; p <= polls; p++) {
                    String peiling = "bench-peiling-" + p;
                    int opties = p % 2 == 1 ? 3 : 4;
                    for (int day = 0; day < days; day++) {
                        LocalDate datum = start.plusDays(day);
                        long periode = datum.atStartOfDay(GEMEENTE).toInstant().toEpochMilli();
                        for (int a = 0; a < perPoll / days; a++) {
                            int k = random.nextInt(20);
                            double r = random.nextDouble();
                            int optie = r < 0.55 ? 1 : r < 0.85 ? 2 : r < 0.97 || opties == 3 ? 3 : 4;
                            s.setString(1, "bench-kiosk-" + k);
                            s.setLong(2, ++seq);
                            s.setString(3, peiling);
                            s.setInt(4, optie);
                            s.setString(5, random.nextInt(5) == 0 ? "knop" : "scherm");
                            s.setString(6, WIJKEN[k % WIJKEN.length]);
                            s.setString(7, datum.toString());
                            s.setLong(8, periode + 3_600_000);
                            s.setLong(9, periode);
                            s.addBatch();
                        }
                        s.executeBatch();
                        // As the node's closing of a period records it (a table the baseline does not read).
                        gesloten.setString(1, peiling);
                        gesloten.setLong(2, periode);
                        gesloten.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return seq;
    }

    private static AparteServer server(String naam, String classpath, Path data, List<String> flags) throws Exception {
        int port = FreePort.find();
        long t0 = System.nanoTime();
        AparteServer server = AparteServer.start(
                naam,
                "http://localhost:" + port + "/sparql",
                flags,
                List.of(
                        "--enable-native-access=ALL-UNNAMED",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-cp",
                        classpath,
                        "nl.buurtstem.opendata.Main",
                        "--data",
                        data.toString(),
                        "--port",
                        Integer.toString(port),
                        "--host",
                        "127.0.0.1",
                        "--base-uri",
                        BASE),
                data.resolveSibling(data.getFileName() + ".log"));
        System.out.printf(Locale.ROOT, "%s: started in %.1f s%n", naam, (System.nanoTime() - t0) / 1e9);
        return server;
    }

    @FunctionalInterface
    private interface Call {
        String run() throws Exception;
    }

    private static String feed(TestKiosk kiosk) throws Exception {
        HttpResponse<String> r = kiosk.content();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the feed answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static JsonNode uitslagen(String feed) throws Exception {
        JsonNode f = JSON.readTree(feed);
        return JSON.createArrayNode().add(f.path("peilinguitslagen")).add(f.path("watErGebeurde"));
    }

    private static String page(HttpClient http, String url, String peiling) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url + "/doc/peiling/" + peiling))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the page answered " + r.statusCode());
        }
        return r.body();
    }

    /** Milliseconds of {@code rounds} calls each, old and new in turn, which goes first alternating per round. */
    private static double[][] alternate(int rounds, Call oud, Call nieuw) throws Exception {
        for (int i = 0; i < 10; i++) { // warm-up: JIT and caches of both servers
            oud.run();
            nieuw.run();
        }
        double[][] ms = new double[2][rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                ms[0][i] = time(oud);
                ms[1][i] = time(nieuw);
            } else {
                ms[1][i] = time(nieuw);
                ms[0][i] = time(oud);
            }
        }
        return ms;
    }

    private static double time(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String wat, double[][] ms, String baseline) {
        double[] oud = percentiles(ms[0]);
        double[] nieuw = percentiles(ms[1]);
        System.out.println(wat + ":");
        System.out.printf(Locale.ROOT, "  baseline %s: p50 %.1f ms, p95 %.1f ms%n", baseline, oud[0], oud[1]);
        System.out.printf(
                Locale.ROOT,
                "  this tree: p50 %.1f ms, p95 %.1f ms; ratio this/baseline p50 = %.3f, p95 = %.3f%n",
                nieuw[0],
                nieuw[1],
                nieuw[0] / oud[0],
                nieuw[1] / oud[1]);
    }

    private static double[] percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]};
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void copy(Path from, Path to) throws Exception {
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
