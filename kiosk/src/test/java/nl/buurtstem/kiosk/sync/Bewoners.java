package nl.buurtstem.kiosk.sync;

import static nl.buurtstem.testsupport.Await.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import nl.buurtstem.kiosk.Centrale;

/** Residents at one kiosk, and what the kiosk itself says and stores. */
final class Bewoners {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String kioskUrl;

    Bewoners(String kioskUrl) {
        this.kioskUrl = kioskUrl;
    }

    /** A tap on an answer; true when the screen acknowledged it as counted (201). */
    boolean tik(String peiling, int optie) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(kioskUrl + "api/peilingen/" + peiling + "/antwoorden"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"optie\":" + optie + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "the kiosk did not count the tap: " + response.statusCode() + " " + response.body());
        }
        return true;
    }

    /** The poll on screen, once the kiosk has content. */
    String actievePeiling() throws Exception {
        return await(
                () -> {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(kioskUrl + "api/peilingen/actief"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200
                            ? Centrale.JSON.readTree(r.body()).get("id").asText()
                            : null;
                },
                p -> p != null,
                Duration.ofSeconds(60));
    }

    /** The kiosk's own status page for the buurthuis host. */
    JsonNode status() throws Exception {
        return Centrale.JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(kioskUrl + "host/status"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    long wachtend() throws Exception {
        return status().get("wachtend").asLong();
    }

    /** Answers stored in the kiosk's own database (its file, read beside the running kiosk). */
    static long opgeslagen(Path kioskData) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kioskData.resolve("kiosk.db"));
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM antwoord");
                ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
