package nl.buurtstem.opendata.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP receiver on localhost that keeps every JSON payload POSTed to it, as a chat webhook would. */
final class WebhookOntvanger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    WebhookOntvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<JsonNode> received() {
        return List.copyOf(received);
    }

    List<JsonNode> about(String kioskId, String event, String type) {
        return received().stream().filter(j -> j.path("kiosk").path("id").asText().equals(kioskId)
                && j.path("event").asText().equals(event) && j.path("type").asText().equals(type)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
