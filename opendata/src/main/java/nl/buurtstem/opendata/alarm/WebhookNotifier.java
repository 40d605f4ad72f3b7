package nl.buurtstem.opendata.alarm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** POSTs alerts and recoveries as JSON to a webhook (a chat channel, an incident tool, a script). */
final class WebhookNotifier implements AlarmNotifier {

    private final ObjectMapper json;
    private final URI url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookNotifier(ObjectMapper json, String url) {
        this.json = json;
        this.url = URI.create(url);
    }

    @Override
    public String kanaal() {
        return "webhook";
    }

    @Override
    public String send(AlarmMelding m) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", m.herstel() ? "recovery" : "alert");
        body.put("alertId", m.alert().id());
        body.put("type", m.alert().soort());
        body.put("title", m.alert().titel());
        body.put("detail", m.alert().detail());
        body.put("text", m.onderwerp());
        body.put(
                "kiosk",
                Map.of(
                        "id",
                        m.kiosk().id(),
                        "naam",
                        m.kiosk().naam(),
                        "wijk",
                        m.kiosk().wijk(),
                        "buurthuis",
                        m.kiosk().buurthuis() == null ? "" : m.kiosk().buurthuis()));
        body.put("openedAt", m.alert().geopend().toString());
        body.put(
                "closedAt",
                m.alert().gesloten() == null ? null : m.alert().gesloten().toString());
        body.put("dashboard", m.dashboardUrl());
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered " + response.statusCode());
        }
        return "webhook " + response.statusCode();
    }
}
