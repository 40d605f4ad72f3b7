package nl.buurtstem.opendata.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** Sends SPARQL queries over HTTP and measures them: latency of one at a time, throughput of many at once. */
final class SparqlMeting {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** The response body; fails on anything but 200. */
    String ask(String endpoint, String query) throws Exception {
        HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Accept",
                                query.startsWith("DESCRIBE") ? "text/turtle" : "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    /** Milliseconds per query, one after another, the two endpoints taking turns so load noise hits both alike. */
    double[][] latencies(String a, String b, String query, int n) throws Exception {
        double[][] ms = new double[2][n];
        for (int i = 0; i < n; i++) {
            ms[0][i] = timed(a, query);
            ms[1][i] = timed(b, query);
        }
        return ms;
    }

    private double timed(String endpoint, String query) throws Exception {
        long t = System.nanoTime();
        ask(endpoint, query);
        return (System.nanoTime() - t) / 1e6;
    }

    /** Queries per second, and each query's latencies (ms, in {@code queries}' order) among the others. */
    record Doorvoer(double perSecond, List<double[]> ms) {}

    /** {@code rounds} of every query, spread over {@code threads}. */
    Doorvoer throughput(String endpoint, List<String> queries, int rounds, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[][] ms = new double[queries.size()][rounds];
            long t = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < queries.size(); q++) {
                    int round = r;
                    int query = q;
                    jobs.add(pool.submit(() -> {
                        ms[query][round] = timed(endpoint, queries.get(query));
                        return null;
                    }));
                }
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            return new Doorvoer(jobs.size() / ((System.nanoTime() - t) / 1e9), Arrays.asList(ms));
        } finally {
            pool.shutdown();
        }
    }

    /** Whether two answers hold the same rows (in any order), the same boolean, or isomorphic graphs. */
    static boolean sameAnswer(String query, String x, String y) throws Exception {
        if (query.startsWith("DESCRIBE")) {
            return graph(x).isIsomorphicWith(graph(y));
        }
        return rows(x).equals(rows(y));
    }

    /** A short summary of an answer, to print beside the comparison. */
    static String summary(String query, String answer) throws Exception {
        if (query.startsWith("DESCRIBE")) {
            return graph(answer).size() + " triples";
        }
        List<String> rows = rows(answer);
        String first = String.join("; ", rows.subList(0, Math.min(4, rows.size())));
        return rows.size() + " rows" + (rows.isEmpty() ? "" : ": " + first + (rows.size() > 4 ? "; ..." : ""));
    }

    private static List<String> rows(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        if (root.has("boolean")) {
            return List.of(root.get("boolean").asText());
        }
        TreeSet<String> rows = new TreeSet<>();
        for (JsonNode binding : root.path("results").path("bindings")) {
            TreeSet<String> cells = new TreeSet<>();
            binding.properties()
                    .forEach(e -> cells.add(
                            e.getKey() + "=" + e.getValue().path("value").asText()));
            rows.add(String.join(",", cells));
        }
        return new ArrayList<>(rows);
    }

    private static Model graph(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(turtle), null, "TTL");
        return m;
    }

    static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[
                Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1))];
    }
}
