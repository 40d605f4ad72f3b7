package nl.buurtstem.kiosk.fleet;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff ask a kiosk for something while it is still reporting how their previous request went. The central node hands
 * the new request out in its answer to that report: the kiosk must carry it out from there too. On a busy
 * machine this happened by chance; here the network between them makes it happen every time.
 */
class BeheerderVraagtIetsTerwijlKioskMeldtTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private HttpServer netwerk;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (netwerk != null) {
            netwerk.stop(0);
        }
        gemeente.stop();
    }

    @Test
    void an_action_asked_while_the_kiosk_reports_the_previous_one_is_carried_out() throws Exception {
        gemeente = Gemeente.startMetSnelleVlootbewaking(centralData, Duration.ofSeconds(1));
        Centrale centrale = gemeente.centrale();
        AtomicBoolean gevraagd = new AtomicBoolean();
        String[] kioskId = new String[1];
        // Between kiosk and central node: the kiosk's report of the message reaches the central node just after staff
        // asked for a reload.
        netwerk = doorgeefluik(centrale.url(), body -> {
            if (body.contains("\"results\":[{") && gevraagd.compareAndSet(false, true)) {
                HttpResponse<String> reload = act(centrale, kioskId[0], "{\"type\":\"reload-page\"}");
                assertEquals(202, reload.statusCode(), reload.body());
            }
        });
        Registratie registratie = centrale.registreer(
                "Buurthuis De Kroon", "http://127.0.0.1:" + netwerk.getAddress().getPort() + "/");
        kioskId[0] = registratie.kioskId();
        kiosk = registratie
                .kiosk(kioskData)
                .syncInterval(Duration.ofMillis(300))
                .fleet(FleetSettings.forThisMachine()
                        .withTimes(Duration.ofSeconds(1), Duration.ofSeconds(90), Duration.ofSeconds(120))
                        .withCommands(List.of(), List.of(), List.of(), List.of()))
                .build()
                .start();

        await(
                () -> centrale.beheer().kiosk(kioskId[0]),
                p -> "online".equals(p.path("status").path("code").asText()));
        assertEquals(
                202,
                act(centrale, kioskId[0], "{\"type\":\"show-message\",\"text\":\"Morgen dicht.\",\"seconds\":600}")
                        .statusCode());
        assertTrue(await(gevraagd::get, b -> b), "the kiosk reported how the message went");
        assertTrue(
                await(this::alive, p -> p.path("herladen").asBoolean())
                        .path("herladen")
                        .asBoolean(),
                "the reload staff asked meanwhile reached the page");
    }

    private JsonNode alive() throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + "fleet/levend"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private static HttpResponse<String> act(Centrale centrale, String kioskId, String body) {
        try {
            return centrale.beheer().vraagActie(kioskId, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes every request on to the central node unchanged; shows each heartbeat's body to {@code onHeartbeat} first. */
    private HttpServer doorgeefluik(String central, Consumer<String> onHeartbeat) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> forward(central, exchange, onHeartbeat));
        server.start();
        return server;
    }

    private void forward(String central, HttpExchange exchange, Consumer<String> onHeartbeat) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().toString();
            if (path.endsWith("/heartbeat")) {
                onHeartbeat.accept(new String(body, StandardCharsets.UTF_8));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(central.replaceAll("/$", "") + path))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("buurtstem-") || lower.equals("content-type") || lower.equals("if-none-match")) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers()
                    .firstValue("Content-Type")
                    .ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
            response.headers()
                    .firstValue("ETag")
                    .ifPresent(v -> exchange.getResponseHeaders().add("ETag", v));
            exchange.sendResponseHeaders(
                    response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
