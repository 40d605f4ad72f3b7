package nl.buurtstem.opendata.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.DraaiendeCentrale;
import nl.buurtstem.opendata.KioskBerichten;
import nl.buurtstem.opendata.TestKiosk;
import nl.buurtstem.opendata.demo.DemoContent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every HTTP endpoint of the central node (its own route table, the SPARQL endpoint beside it, and every path of
 * docs/sync-openapi.yaml) takes junk from an outsider, a logged-in staff member, a script with the staff key and a
 * signed kiosk, and answers each request within {@value #LIMIT_SECONDS} s, never with a server error, and always with
 * the browser protections. Bounded: {@code -Dbuurtstem.fuzz.perRoute=N} requests per route and caller mix (default
 * 24; a longer run: 500), seed {@code -Dbuurtstem.fuzz.seed=N}.
 */
@Tag("slow")
class ElkEindpuntVerdraagtRommelTest {

    static final int LIMIT_SECONDS = 5;
    private static final String HARTSLAG =
            "{\"protocol\":1,\"software\":\"0.1.0-test\",\"uptimeSeconds\":120,\"outbox\":0,\"answersToday\":3,"
                    + "\"cpuTemperature\":50.0,\"throttled\":false,\"underVoltage\":false,\"diskFreeBytes\":8000000000,"
                    + "\"diskTotalBytes\":16000000000,\"screenOn\":true,\"pageAlive\":true,\"results\":[]}";
    private static final Pattern OPENAPI_PATH = Pattern.compile("(?m)^  (/[^:\\s]+):\\s*$");

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void every_endpoint_answers_junk_in_time_without_a_server_error() throws Exception {
        Beheer beheer = new Beheer(centrale.url(), centrale.data());
        TestKiosk kiosk = TestKiosk.enroll(centrale.node(), DemoContent.WIJK_DIEZERPOORT);
        List<String> routes = new ArrayList<>(centrale.node().routes());
        routes.add("GET /sparql");
        routes.add("POST /sparql");
        List<String> openapi = openApiPaths();
        for (String path : openapi) {
            assertTrue(
                    routes.stream().anyMatch(r -> shape(r).endsWith(" " + shape(path))),
                    "docs/sync-openapi.yaml names " + path + ", which the node does not serve");
        }

        EndpointFuzzer fuzzer = EndpointFuzzer.against(centrale.url())
                .routes(routes)
                .caller(staffKey(beheer.key))
                .caller(staffSession(centrale.url(), centrale.data()))
                .caller(signedBy(kiosk))
                .sample("soort", "plan", "peiling", "initiatief", "wijk", "evaluatie", "wijkbudget")
                .sample("ref", "herinrichting-vechtstraat", "speelplek-diezerpoort", "WK019311")
                .sample("id", kiosk.id, "1")
                .sample("type", "plan", "peiling", "wijk", "dataset", "kiosk")
                .sample("name", "buurtstem-kiosk-0.1.0.tar.gz", "manifest.json")
                .example("/api/beheer/login", "{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\"een-wachtwoord\"}")
                .example(
                        "/api/beheer/medewerkers",
                        "{\"gebruikersnaam\":\"eva\",\"naam\":\"Eva\",\"rol\":\"editor\",\"wachtwoord\":\"een-lang-wachtwoord\"}")
                .example("/api/beheer/kiosks", "{\"naam\":\"Buurthuis\",\"wijk\":\"WK019311\",\"reden\":\"kapot\"}")
                .example("/api/beheer/kiosks", "{\"maandag\":[\"09:00-17:00\"],\"dinsdag\":[]}")
                .example("/api/beheer/kiosks", "{\"type\":\"bericht\",\"tekst\":\"Even geduld\"}")
                .example(
                        "/api/beheer/opstartkaart",
                        "{\"naam\":\"Buurthuis\",\"buurthuis\":\"De Kroon\",\"wijk\":\"WK019311\",\"openingstijden\":\"\","
                                + "\"scherm\":\"800x480\",\"rotatie\":0,\"wifi\":\"\",\"wifiWachtwoord\":\"\",\"sshSleutel\":\"\"}")
                .example(
                        "/api/beheer/inhoud",
                        "{\"id\":\"herinrichting-vechtstraat\",\"wijk\":\"WK019311\",\"titel\":\"Plan\",\"samenvatting\":\"x\","
                                + "\"fasen\":[{\"naam\":\"a\",\"van\":\"2027-01-01\",\"tot\":\"2027-02-01\"}],\"momenten\":[],"
                                + "\"documenten\":[],\"demo\":false}")
                .example("/api/sync/v1/events", KioskBerichten.answers(1, 2))
                .example("/api/sync/v1/enroll", "{\"enrollmentToken\":\"abc\"}")
                .example("/api/sync/v1/numbering", "{\"startAfter\":3}")
                .example("/api/sync/v1/heartbeat", HARTSLAG)
                .allowUnavailable("/problems/dump-not-ready")
                .allowUnavailable("/problems/query-timeout")
                .check(r -> r.headers()
                                        .firstValue("Content-Security-Policy")
                                        .orElse("")
                                        .contains("frame-ancestors 'none'")
                                && r.headers()
                                        .firstValue("X-Content-Type-Options")
                                        .isPresent()
                        ? null
                        : "without the browser protections")
                .limit(Duration.ofSeconds(LIMIT_SECONDS))
                .perRoute(Integer.getInteger("buurtstem.fuzz.perRoute", 24))
                .seed(Long.getLong("buurtstem.fuzz.seed", 20261206L));

        List<String> findings = fuzzer.run();

        System.out.println("fuzz: " + fuzzer.sent() + " requests to " + routes.size() + " routes, " + findings.size()
                + " findings, " + fuzzer.reconnected() + " answered only on a second connection");
        assertEquals(List.of(), findings.stream().limit(30).toList(), findings.size() + " requests went wrong");
    }

    /** A route with its parameters unnamed: {kioskId} in the OpenAPI text is {id} in the route table. */
    private static String shape(String route) {
        return route.replaceAll("\\{[^}]*}", "{}");
    }

    static List<String> openApiPaths() throws Exception {
        String yaml = Files.readString(Path.of("../docs/sync-openapi.yaml"));
        List<String> paths = new ArrayList<>();
        Matcher m = OPENAPI_PATH.matcher(yaml);
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertTrue(paths.size() > 3, "paths found in docs/sync-openapi.yaml: " + paths);
        return paths;
    }

    private static EndpointFuzzer.Caller staffKey(String key) {
        return new EndpointFuzzer.Caller() {
            @Override
            public String name() {
                return "staff-key";
            }

            @Override
            public void apply(HttpRequest.Builder request, String method, String path, byte[] body) {
                request.header("Authorization", "Bearer " + key);
            }
        };
    }

    /** The admin logged in, as the node's own pages send: the session cookie and this node's Origin. */
    private static EndpointFuzzer.Caller staffSession(String url, Path data) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String origin = url.replaceAll("/$", "");
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(url + "api/beheer/login"))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"gebruikersnaam\":\"admin\",\"wachtwoord\":\""
                                + Beheer.beheerderswachtwoord(data) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = cookies.getCookieStore().getCookies().getFirst().toString();
        return new EndpointFuzzer.Caller() {
            @Override
            public String name() {
                return "staff-session";
            }

            @Override
            public void apply(HttpRequest.Builder request, String method, String path, byte[] body) {
                request.header("Cookie", cookie).header("Origin", origin);
            }
        };
    }

    private static EndpointFuzzer.Caller signedBy(TestKiosk kiosk) {
        return new EndpointFuzzer.Caller() {
            @Override
            public String name() {
                return "kiosk";
            }

            @Override
            public void apply(HttpRequest.Builder request, String method, String path, byte[] body) {
                kiosk.sign(request, method, path, body);
            }
        };
    }
}
