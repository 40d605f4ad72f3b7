package nl.buurtstem.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on localhost that keeps every JSON payload POSTed to it, as a chat webhook would; it can be
 * "down" for a while, answering 503 and keeping nothing.
 */
public final class WebhookOntvanger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuse = new AtomicInteger();
    private volatile boolean down;

    public WebhookOntvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            if (down || refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            received.add(JSON.readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers the next {@code n} deliveries with 503. */
    public void refuseNext(int n) {
        refuse.set(n);
    }

    /** Answers every delivery with 503 until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    public List<JsonNode> about(String kioskId, String event, String type) {
        return received().stream()
                .filter(j -> j.path("kiosk").path("id").asText().equals(kioskId)
                        && j.path("event").asText().equals(event)
                        && j.path("type").asText().equals(type))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
