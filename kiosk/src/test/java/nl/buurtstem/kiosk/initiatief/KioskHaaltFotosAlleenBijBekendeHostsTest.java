package nl.buurtstem.kiosk.initiatief;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.kiosk.Registratie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever can put a photo address in the content (a staff account, a mistake) cannot make the kiosk reach into the
 * buurthuis network: photos come only from the central node's host and the hosts in kiosk.json's fotoHosts, and a
 * redirect is never followed to this machine or a private network. Both initiatives of the wijk get a photo; the
 * kiosk fetches them in the content's order, so once the second one's photo is there the first was tried.
 */
class KioskHaaltFotosAlleenBijBekendeHostsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EERSTE = "buurtmoestuin-diezerpoort";
    private static final String TWEEDE = "repair-cafe-aa-landen";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private HttpServer server;
    private final Map<String, AtomicInteger> gevraagd = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String pad = exchange.getRequestURI().getPath();
            gevraagd.computeIfAbsent(pad, k -> new AtomicInteger()).incrementAndGet();
            if (pad.equals("/omweg")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/binnen.png");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, png.length);
                exchange.getResponseBody().write(png);
            }
            exchange.close();
        });
        server.start();
        gemeente = Gemeente.start(centralData);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
        server.stop(0);
    }

    @Test
    void a_photo_on_an_unknown_host_is_not_fetched() throws Exception {
        geefFoto(EERSTE, "http://127.0.0.1:" + port() + "/vreemd.png");
        geefFoto(TWEEDE, "http://localhost:" + port() + "/bekend.png");
        kiosk = registratie().kiosk(kioskData).build().start();

        wachtOpFotoVan(TWEEDE);
        assertEquals(null, gevraagd.get("/vreemd.png"), "127.0.0.1 is not the central node's host nor listed");
        assertEquals(404, get("api/initiatieven/" + EERSTE + "/foto").statusCode());
    }

    @Test
    void a_listed_host_is_fetched_but_a_redirect_into_this_machine_is_not_followed() throws Exception {
        geefFoto(EERSTE, "http://localhost:" + port() + "/omweg");
        geefFoto(TWEEDE, "http://127.0.0.1:" + port() + "/gemeld.png");
        kiosk = registratie().metFotoHosts("127.0.0.1").kiosk(kioskData).build().start();

        wachtOpFotoVan(TWEEDE);
        assertEquals(1, gevraagd.get("/omweg").get(), "the known host was asked");
        assertEquals(null, gevraagd.get("/binnen.png"), "its redirect to a loopback address was not followed");
        assertEquals(404, get("api/initiatieven/" + EERSTE + "/foto").statusCode());
    }

    private Registratie registratie() throws Exception {
        return gemeente.centrale().registreer("Buurthuis De Kroon");
    }

    private void wachtOpFotoVan(String id) throws Exception {
        JsonNode lijst =
                await(() -> JSON.readTree(get("api/initiatieven").body()).path("initiatieven"), l -> {
                    for (JsonNode i : l) {
                        if (i.path("id").asText().equals(id)
                                && i.path("fotoOpKiosk").asBoolean()) {
                            return true;
                        }
                    }
                    return false;
                });
        List<String> volgorde = new ArrayList<>();
        lijst.forEach(i -> volgorde.add(i.path("id").asText()));
        assertTrue(volgorde.indexOf(EERSTE) < volgorde.indexOf(TWEEDE), "fetched in this order: " + volgorde);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    // Staff publish photos through the content pages; here the stored initiative is given one directly.
    private void geefFoto(String id, String url) throws Exception {
        ObjectNode initiatief = (ObjectNode) JSON.readTree(gemeente.centrale()
                .rijen("SELECT json FROM initiatief WHERE id = ?", id)
                .getFirst());
        // Both in the kiosk's wijk, so it fetches both photos.
        initiatief.put("wijk", "WK019311");
        initiatief.putObject("foto").put("url", url).put("beschrijving", "Een foto.");
        assertEquals(
                1,
                gemeente.centrale()
                        .wijzig(
                                "UPDATE initiatief SET json = ?, wijk = 'WK019311' WHERE id = ?",
                                JSON.writeValueAsString(initiatief),
                                id));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
