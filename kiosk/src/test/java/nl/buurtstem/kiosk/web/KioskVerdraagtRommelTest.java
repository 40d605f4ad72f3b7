package nl.buurtstem.kiosk.web;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.fuzz.EndpointFuzzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTTP endpoint of the kiosk (its own route table) takes junk: bodies that are {@code null}, wrongly typed,
 * malformed or oversized, hostile path and query values, odd headers; from the screen and from the host mode with
 * its PIN. Each answer comes within {@value #LIMIT_SECONDS} s and is never a server error. Bounded like the central
 * node's suite: {@code -Dbuurtstem.fuzz.perRoute=N}, {@code -Dbuurtstem.fuzz.seed=N}.
 */
class KioskVerdraagtRommelTest {

    static final int LIMIT_SECONDS = 5;

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void every_kiosk_endpoint_answers_junk_in_time_without_a_server_error() throws Exception {
        gemeente = Gemeente.start(centralData);
        kiosk = gemeente.centrale()
                .registreer("Buurthuis De Rommel")
                .metHostPin("4321")
                .kiosk(kioskData)
                .build()
                .start();
        HttpClient http = HttpClient.newHttpClient();
        await(() -> get(http, "api/wijkbudgetten"), body -> body.contains("wijkbudget-diezerpoort-2027"));
        String hostCookie = http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + "host/api/inloggen"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"4321\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow()
                .split(";")[0];

        EndpointFuzzer fuzzer = EndpointFuzzer.against(kiosk.url())
                .routes(kiosk.routes())
                .caller(new EndpointFuzzer.Caller() {
                    @Override
                    public String name() {
                        return "host";
                    }

                    @Override
                    public void apply(HttpRequest.Builder request, String method, String path, byte[] body) {
                        request.header("Cookie", hostCookie);
                    }
                })
                .sample("id", "speelplek-diezerpoort", "wijkbudget-diezerpoort-2027", "buurtmoestuin-diezerpoort")
                .sample("nummer", "1", "2", "9")
                .sample("wie", "iemand", "niemand")
                .sample("kleur", "groen", "rood")
                .example("/api/peilingen", "{\"optie\":2}")
                .example(
                        "/api/ideeen",
                        "{\"tekst\":\"Meer bankjes\",\"thema\":\"groen\",\"contact\":\"a@b.nl\","
                                + "\"toestemming\":true,\"taal\":\"nl\"}")
                .example("/api/wijkbudgetten", "{\"stemcode\":\"DIEZ-1001\"}")
                .example("/api/wijkbudgetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-1001\"}")
                .example("/host/api/inloggen", "{\"pin\":\"1234\"}")
                .example("/api/voorlezen", "{\"delen\":[{\"taal\":\"nl\",\"tekst\":\"Wat wilt u doen?\"}]}")
                .allowUnavailable("/problems/speech-unavailable")
                .limit(Duration.ofSeconds(LIMIT_SECONDS))
                .perRoute(Integer.getInteger("buurtstem.fuzz.perRoute", 24))
                .seed(Long.getLong("buurtstem.fuzz.seed", 20261206L));

        List<String> findings = fuzzer.run();

        System.out.println("fuzz: " + fuzzer.sent() + " requests to "
                + kiosk.routes().size() + " kiosk routes, " + findings.size() + " findings");
        assertEquals(List.of(), findings.stream().limit(30).toList(), findings.size() + " requests went wrong");
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
