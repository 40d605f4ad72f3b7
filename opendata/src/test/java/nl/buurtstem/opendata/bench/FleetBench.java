package nl.buurtstem.opendata.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.hartslag.FleetSettings;

/**
 * The measurements behind bench/fleet-bench: heartbeat ingest rate and dashboard page time with a simulated fleet,
 * each with a baseline taken in the same run on the same server. Prints; asserts nothing.
 */
public final class FleetBench {

    private FleetBench() {}

    public static void main(String[] args) throws Exception {
        int kiosks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int perKiosk = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path dir = Path.of(System.getProperty("fleet.bench.dir", "target-fleetbench/bench-data"));
        CentralNode central = CentralNode.builder()
                .dataDir(dir)
                .port(0)
                .demoContent(true)
                .fleet(FleetSettings.defaults())
                .build()
                .start();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Beheer beheer = new Beheer(central.url(), dir);
            List<TestKiosk> fleet = new ArrayList<>();
            List<String> wijken = List.of("WK019310", "WK019311", "WK019313", "WK019330", "WK019331");
            for (int i = 0; i < kiosks; i++) {
                fleet.add(TestKiosk.enroll(
                        beheer.http, beheer.base, beheer.key, "Buurthuis " + i, wijken.get(i % wijken.size())));
            }
            HttpClient http = beheer.http;
            URI health = URI.create(beheer.base + "/health");
            // Warm-up, so the JIT and SQLite caches do not count against the first figure.
            run(pool, fleet.size(), i -> fleet.get(i).heartbeat(1, 50.0));
            run(
                    pool,
                    fleet.size(),
                    i -> http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()));

            int total = kiosks * perKiosk;
            double baseline = run(
                    pool,
                    total,
                    i -> http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()));
            double ingest = run(pool, total, i -> fleet.get(i % kiosks).heartbeat(i % 7, 45.0 + i % 20));
            System.out.printf(
                    "heartbeat ingest: %,.0f heartbeats/s (%d kiosks, %d heartbeats, %d threads)%n",
                    ingest, kiosks, total, threads);
            System.out.printf(
                    "  baseline GET /health: %,.0f requests/s; ratio ingest/baseline = %.3f%n",
                    baseline, ingest / baseline);
            System.out.printf(
                    "  at one heartbeat a minute this central node keeps up with about %,.0f kiosks%n", ingest * 60);

            double[] page = times(() -> beheer.get("/api/beheer/kiosks"), 50);
            URI dashboard = URI.create(beheer.base + "/beheer/kiosks/fleet.js");
            double[] staticPage = times(
                    () -> http.send(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.ofString()),
                    50);
            System.out.printf(
                    "dashboard overview with %d kiosks (GET /api/beheer/kiosks): p50 %.1f ms, p95 %.1f ms%n",
                    kiosks, page[0], page[1]);
            System.out.printf(
                    "  baseline the dashboard's static script (GET /beheer/kiosks/fleet.js): p50 %.1f ms, p95 %.1f ms; ratio p50 = %.1f%n",
                    staticPage[0], staticPage[1], page[0] / staticPage[0]);
        } finally {
            pool.shutdownNow();
            central.stop();
        }
    }

    @FunctionalInterface
    private interface Step {
        Object run(int i) throws Exception;
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /** Runs {@code count} steps on the pool and returns steps per second. */
    private static double run(ExecutorService pool, int count, Step step) throws Exception {
        long start = System.nanoTime();
        List<Future<Object>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> step.run(n)));
        }
        for (Future<Object> f : done) {
            f.get();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** p50 and p95 in milliseconds over {@code count} sequential calls. */
    private static double[] times(Call call, int count) throws Exception {
        call.run();
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[count / 2], ms[(int) (count * 0.95)]};
    }
}
