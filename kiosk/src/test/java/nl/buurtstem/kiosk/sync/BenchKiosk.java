package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Registratie;

/** A simulated kiosk for the benchmark: enrolled for real, uploading signed batches as fast as it is answered. */
final class BenchKiosk {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String central;
    private final String id;
    private final Signer signer;

    private BenchKiosk(String central, String id, String secret) {
        this.central = central;
        this.id = id;
        this.signer = new Signer(secret);
    }

    static BenchKiosk enroll(Centrale centrale, String naam) throws Exception {
        Registratie registratie = centrale.registreer(naam);
        HttpResponse<String> enrolled = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(centrale.url() + "api/sync/v1/enroll"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"enrollmentToken\":\""
                                        + registratie.config().enrollmentToken() + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode credentials = Centrale.JSON.readTree(enrolled.body());
        return new BenchKiosk(
                centrale.url(),
                credentials.get("kioskId").asText(),
                credentials.get("secret").asText());
    }

    /** Uploads answers {@code from} .. {@code from + count - 1} in one batch; returns how many were accepted. */
    int upload(long from, int count) throws Exception {
        StringBuilder events = new StringBuilder();
        String now = Instant.now().toString();
        for (long seq = from; seq < from + count; seq++) {
            events.append(events.isEmpty() ? "" : ",")
                    .append("{\"seq\":")
                    .append(seq)
                    .append(",\"id\":\"")
                    .append(UUID.randomUUID())
                    .append("\",\"type\":\"antwoord\",\"at\":\"")
                    .append(now)
                    .append("\",\"data\":{\"peiling\":\"speelplek-diezerpoort\",\"optie\":")
                    .append(1 + seq % 4)
                    .append(",\"kanaal\":\"knop\"}}");
        }
        byte[] body = ("{\"protocol\":1,\"sentAt\":\"" + now + "\",\"events\":[" + events + "]}")
                .getBytes(StandardCharsets.UTF_8);
        String path = "/api/sync/v1/events";
        long ts = System.currentTimeMillis();
        String nonce = UUID.randomUUID().toString();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(central.replaceAll("/$", "") + path))
                        .header("Content-Type", "application/json")
                        .header("Buurtstem-Kiosk", id)
                        .header("Buurtstem-Timestamp", Long.toString(ts))
                        .header("Buurtstem-Nonce", nonce)
                        .header("Buurtstem-Signature", signer.sign("POST", path, ts, nonce, body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
        }
        return Centrale.JSON.readTree(response.body()).get("accepted").asInt();
    }
}
