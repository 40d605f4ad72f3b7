package nl.buurtstem.opendata.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every route of a running node (on localhost) junk: path parameters and query values of the wrong type or
 * hostile, bodies that are malformed, null, wrongly typed, oversized or a valid example with one field spoilt, odd
 * headers; as an outsider and as each caller it is given (a staff key, a signed kiosk). A route must answer within the
 * time limit, never with a server error, and pass the extra checks (e.g. the security headers). Bounded: so many
 * requests per route, one at a time, from a seed, so a failing run can be repeated exactly.
 *
 * <pre>{@code
 * List<String> findings = EndpointFuzzer.against(node.url())
 *         .routes(node.routes()).caller(staffKey).perRoute(30).run();
 * }</pre>
 */
public final class EndpointFuzzer {

    /** Signs or authorises a request as one kind of caller. */
    public interface Caller {
        String name();

        void apply(HttpRequest.Builder request, String method, String path, byte[] body);
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}|<([^>]+)>|\\*");
    private static final Set<String> RAW =
            Set.of("..", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "a%2Fb");
    private static final List<String> QUERY_NAMES =
            List.of("query", "format", "limiet", "soort", "ref", "taal", "id", "since", "timeout", "default-graph-uri");
    private static final List<String> ACCEPT = List.of(
            "*/*",
            "text/html",
            "application/json",
            "text/turtle",
            "application/ld+json",
            "application/sparql-results+json",
            "text/csv",
            "application/x-onzin",
            "text/html;q=abc, */*;q=0",
            "");

    private final String base;
    private final List<String> routes = new ArrayList<>();
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, List<String>> samples = new HashMap<>();
    private final Map<String, List<String>> examples = new HashMap<>();
    private final List<Function<HttpResponse<byte[]>, String>> checks = new ArrayList<>();
    private final Set<String> allowedUnavailable = new HashSet<>();
    private int perRoute = 30;
    private Duration limit = Duration.ofSeconds(5);
    private long seed = 20261206L;
    private int sent;
    private int reconnected;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private EndpointFuzzer(String base) {
        this.base = base.replaceAll("/$", "");
        callers.add(new Caller() {
            @Override
            public String name() {
                return "anonymous";
            }

            @Override
            public void apply(HttpRequest.Builder request, String method, String path, byte[] body) {}
        });
    }

    /** @param base a node on localhost, e.g. http://localhost:8080/ */
    public static EndpointFuzzer against(String base) {
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1]")) {
            throw new IllegalArgumentException("the fuzz suite only ever talks to localhost, not " + base);
        }
        return new EndpointFuzzer(base);
    }

    /** @param routes "METHOD /path/{param}", as the nodes list them */
    public EndpointFuzzer routes(List<String> routes) {
        this.routes.addAll(routes);
        return this;
    }

    public EndpointFuzzer caller(Caller caller) {
        callers.add(caller);
        return this;
    }

    /** Real values for a path parameter, so some requests get past "not found" into the handler. */
    public EndpointFuzzer sample(String param, String... values) {
        samples.computeIfAbsent(param, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /** A valid body for routes whose path starts with {@code pathPrefix}; the fuzzer spoils it one field at a time. */
    public EndpointFuzzer example(String pathPrefix, String json) {
        examples.computeIfAbsent(pathPrefix, k -> new ArrayList<>()).add(json);
        return this;
    }

    /** A check every response must pass; returns what is wrong, or null. */
    public EndpointFuzzer check(Function<HttpResponse<byte[]>, String> check) {
        checks.add(check);
        return this;
    }

    /** A 503 with this problem type is a deliberate "try again shortly" (a dump being written), not a failure. */
    public EndpointFuzzer allowUnavailable(String problemType) {
        allowedUnavailable.add(problemType);
        return this;
    }

    public EndpointFuzzer perRoute(int perRoute) {
        this.perRoute = perRoute;
        return this;
    }

    public EndpointFuzzer limit(Duration limit) {
        this.limit = limit;
        return this;
    }

    public EndpointFuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many requests the last run sent. */
    public int sent() {
        return sent;
    }

    /** How many of them needed a second try on a new connection (see {@link #run}). */
    public int reconnected() {
        return reconnected;
    }

    /** Sends everything; returns what went wrong, one line per request, empty when all is well. */
    public List<String> run() throws InterruptedException {
        List<String> findings = new ArrayList<>();
        sent = 0;
        reconnected = 0;
        for (String route : routes) {
            String[] mp = route.split(" ", 2);
            Random r = new Random(seed ^ route.hashCode());
            for (int i = 0; i < perRoute; i++) {
                String method = i % 10 == 9
                        ? List.of("GET", "POST", "PUT", "DELETE", "PATCH").get(r.nextInt(5))
                        : mp[0];
                String finding = one(r, method, mp[1], callers.get(i % callers.size()), i == 1);
                sent++;
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    private String one(Random r, String method, String pattern, Caller caller, boolean mayBeOversized)
            throws InterruptedException {
        String path = fill(r, pattern);
        String query = r.nextInt(3) == 0 ? "" : query(r);
        boolean withBody = !method.equals("GET") && !method.equals("HEAD") || r.nextInt(8) == 0;
        Rommel.Body body = withBody ? Rommel.body(r, examplesFor(pattern), mayBeOversized) : null;
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        URI uri;
        try {
            uri = URI.create(base + path + query);
        } catch (IllegalArgumentException e) {
            uri = URI.create(base + encodeAll(path) + query);
            path = encodeAll(path);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(limit.multipliedBy(3))
                .method(
                        method.equals("HEAD") ? "HEAD" : method,
                        body == null || method.equals("HEAD")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (body != null && body.contentType() != null) {
            b.header("Content-Type", body.contentType());
        }
        headers(r, b);
        caller.apply(b, method, uri.getRawPath(), bytes);
        String what = caller.name() + " " + method + " " + abbreviate(uri.toString(), 160)
                + (body == null ? "" : " body " + body.beschrijving());
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return what + ": no answer within " + limit.multipliedBy(3).toSeconds() + " s";
        } catch (IOException e) {
            // A server may close the connection on a body far over its limit before reading it all.
            if (body != null && body.oversized()) {
                return null;
            }
            // A kept-alive connection the server had just closed (after an earlier refusal) fails without an answer;
            // the same request on a new connection must get one. A server that breaks off every time does not.
            try (HttpClient fresh = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()) {
                start = System.nanoTime();
                response = fresh.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                reconnected++;
            } catch (IOException again) {
                return what + ": no answer, twice: " + again;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int status = response.statusCode();
        String text = abbreviate(new String(response.body(), StandardCharsets.UTF_8), 300);
        if (status >= 500 && !(status == 503 && allowedUnavailable.stream().anyMatch(text::contains))) {
            return what + ": " + status + " " + text;
        }
        if (took.compareTo(limit) > 0) {
            return what + ": took " + took.toMillis() + " ms, more than " + limit.toMillis() + " ms";
        }
        for (Function<HttpResponse<byte[]>, String> check : checks) {
            String wrong = check.apply(response);
            if (wrong != null) {
                return what + ": " + status + " " + wrong;
            }
        }
        return null;
    }

    private List<String> examplesFor(String pattern) {
        List<String> found = new ArrayList<>();
        examples.forEach((prefix, list) -> {
            if (pattern.startsWith(prefix)) {
                found.addAll(list);
            }
        });
        return found;
    }

    private String fill(Random r, String pattern) {
        Matcher m = PARAM.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> real = name == null ? List.of() : samples.getOrDefault(name, List.of());
            String value = !real.isEmpty() && r.nextBoolean() ? real.get(r.nextInt(real.size())) : Rommel.waarde(r);
            m.appendReplacement(out, Matcher.quoteReplacement(RAW.contains(value) ? value : encode(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String query(Random r) {
        StringBuilder q = new StringBuilder("?");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "" : "&")
                    .append(QUERY_NAMES.get(r.nextInt(QUERY_NAMES.size())))
                    .append('=')
                    .append(encode(r.nextInt(4) == 0 ? sparql(r) : Rommel.waarde(r)));
        }
        return q.toString();
    }

    /** Queries that are broken, forbidden (updates, SERVICE to this machine) or merely odd. */
    private static String sparql(Random r) {
        return List.of(
                        "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
                        "ASK {}",
                        "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3",
                        "DESCRIBE <http://localhost/id/wijk/WK019311>",
                        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                        "SELECT * WHERE {{{",
                        "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999",
                        "PREFIX : <" + "x".repeat(3000) + "> SELECT * {}")
                .get(r.nextInt(9));
    }

    private static void headers(Random r, HttpRequest.Builder b) {
        String accept = ACCEPT.get(r.nextInt(ACCEPT.size()));
        if (!accept.isEmpty()) {
            b.header("Accept", accept);
        }
        if (r.nextBoolean()) {
            b.header("Accept-Encoding", "gzip");
        }
        switch (r.nextInt(6)) {
            case 0 ->
                b.header(
                        "If-None-Match",
                        r.nextBoolean() ? "*" : "\"" + Rommel.waarde(r).replaceAll("[^\\x20-\\x7e]", "") + "\"");
            case 1 -> b.header("If-Modified-Since", r.nextBoolean() ? "gisteren" : "Fri, 31 Dec 9999 23:59:59 GMT");
            case 2 -> b.header("Range", "bytes=5-2");
            case 3 -> b.header("Origin", "null");
            case 4 -> b.header("Accept-Language", "xx-YY;q=2, *;q=-1");
            default -> {}
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeAll(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            out.append(out.isEmpty() && segment.isEmpty() ? "" : "/").append(encode(segment));
        }
        return out.toString();
    }

    private static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
