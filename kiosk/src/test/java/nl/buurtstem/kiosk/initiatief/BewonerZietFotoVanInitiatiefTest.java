package nl.buurtstem.kiosk.initiatief;

import static nl.buurtstem.kiosk.Centrale.JSON;
import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.imageio.ImageIO;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo of an initiative is fetched by the kiosk and shown from its own disk, also with the network gone. */
class BewonerZietFotoVanInitiatiefTest {

    private static final String INITIATIEF = "buurtmoestuin-diezerpoort";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private HttpServer fotoServer;
    private byte[] png;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x1d5c3a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        png = out.toByteArray();
        fotoServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fotoServer.createContext("/moestuin.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        fotoServer.start();
        gemeente = Gemeente.start(centralData);
        // The photo comes from the central node's host (localhost), which the kiosk knows.
        giveInitiativeAPhoto("http://localhost:" + fotoServer.getAddress().getPort() + "/moestuin.png");
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData).build().start();
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        gemeente.stop();
        fotoServer.stop(0);
    }

    @Test
    void the_photo_shows_from_the_kiosk_even_when_the_network_is_gone() throws Exception {
        assertEquals(
                Boolean.TRUE,
                await(
                        () -> JSON.readTree(get("api/initiatieven").body())
                                .path("initiatieven")
                                .path(0)
                                .path("fotoOpKiosk")
                                .asBoolean(),
                        on -> on));
        fotoServer.stop(0);

        HttpResponse<byte[]> foto = http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/initiatieven/" + INITIATIEF + "/foto"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, foto.statusCode());
        assertEquals("image/png", foto.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, foto.body());
        assertEquals(404, get("api/initiatieven/repair-cafe-aa-landen/foto").statusCode(), "no photo, no guess");
    }

    // Staff publish photos through the content pages; here the stored initiative is given one directly.
    private void giveInitiativeAPhoto(String url) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + centralData.resolve("central.db"))) {
            String stored;
            try (PreparedStatement q = c.prepareStatement("SELECT json FROM initiatief WHERE id = ?")) {
                q.setString(1, INITIATIEF);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    stored = rs.getString(1);
                }
            }
            ObjectNode initiatief = (ObjectNode) JSON.readTree(stored);
            initiatief
                    .putObject("foto")
                    .put("url", url)
                    .put("beschrijving", "Buren oogsten samen tomaten in de moestuin.");
            try (PreparedStatement u = c.prepareStatement("UPDATE initiatief SET json = ? WHERE id = ?")) {
                u.setString(1, JSON.writeValueAsString(initiatief));
                u.setString(2, INITIATIEF);
                u.executeUpdate();
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
