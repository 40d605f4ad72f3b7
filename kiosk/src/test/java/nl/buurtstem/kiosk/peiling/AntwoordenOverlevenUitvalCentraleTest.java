package nl.buurtstem.kiosk.peiling;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers given while the central node is down are delivered when it returns, each counted exactly once. */
class AntwoordenOverlevenUitvalCentraleTest {

    private static final int ANTWOORDEN = 50;

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        kiosk = gemeente.kiosk("Buurthuis Holtenbroek", kioskData)
                .answerCooldown(Duration.ZERO)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        gemeente.stop();
    }

    @Test
    void fifty_answers_during_an_outage_are_counted_exactly_once_after_it() throws Exception {
        String id = await(this::actievePeilingId, p -> p != null);
        gemeente.uitvallen();

        for (int i = 0; i < ANTWOORDEN; i++) {
            HttpResponse<String> tap = http.send(
                    HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/" + id + "/antwoorden"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"optie\":" + (1 + i % 3) + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    201, tap.statusCode(), "the kiosk accepts answers while the central node is away: " + tap.body());
        }
        assertEquals(ANTWOORDEN, pendingAtKiosk());
        gemeente.restart();

        assertEquals(0, await(this::pendingAtKiosk, n -> n == 0));
        assertEquals(ANTWOORDEN, await(() -> gemeente.centrale().sparqlTelling(id, "scherm"), n -> n == ANTWOORDEN));
    }

    private long pendingAtKiosk() throws Exception {
        HttpResponse<String> status = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "host/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(status.body()).get("wachtend").asLong();
    }

    private String actievePeilingId() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/peilingen/actief"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        return body == null ? null : body.get("id").asText();
    }
}
