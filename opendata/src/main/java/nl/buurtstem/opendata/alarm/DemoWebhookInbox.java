package nl.buurtstem.opendata.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Demo only: a webhook receiver inside the central node, so the demo shows alerts arriving over real HTTP
 * without a chat service. Keeps the last few payloads in memory; never installed outside the demo.
 */
final class DemoWebhookInbox {

    static final String PATH = "/demo/webhook";
    private static final int KEEP = 100;
    private final ObjectMapper json;
    private final Deque<JsonNode> received = new ArrayDeque<>();

    DemoWebhookInbox(ObjectMapper json) {
        this.json = json;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.post(PATH, ctx -> {
            JsonNode payload = json.readTree(ctx.bodyAsBytes());
            synchronized (received) {
                received.addFirst(payload);
                while (received.size() > KEEP) {
                    received.removeLast();
                }
            }
            ctx.status(204);
        });
        cfg.routes.get(PATH, ctx -> {
            List<JsonNode> copy;
            synchronized (received) {
                copy = List.copyOf(received);
            }
            ctx.json(copy);
        });
    }
}
