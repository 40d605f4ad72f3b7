package nl.buurtstem.kiosk.voorlezen;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-aloud speaks the kiosk's own screens, nothing else: a text that is on no screen is refused and leaves nothing
 * on the SD card, so nobody can make the kiosk say, or store, whatever they like.
 */
@Tag("slow")
class VoorlezenZegtAlleenWatOpHetSchermStaatTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(espeak(), "read-aloud needs espeak-ng");
        gemeente = Gemeente.start(centralData);
        kiosk = gemeente.kiosk("Buurthuis De Kroon", kioskData).build().start();
        await(() -> get("api/plannen"), body -> body.contains("herinrichting-vechtstraat"));
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void a_screen_with_its_synced_content_is_spoken() throws Exception {
        HttpResponse<byte[]> r =
                post("{\"delen\":[{\"taal\":\"nl\",\"tekst\":\"Wat wilt u doen? Plannen in mijn wijk.\"},"
                        + "{\"taal\":\"ar\",\"tekst\":\"سؤال الأسبوع\"}]}");
        assertEquals(200, r.statusCode());
        assertEquals("audio/wav", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().length > 4000);
        assertEquals(
                200,
                http.send(
                                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/voorlezen?taal=nl&tekst="
                                                + URLEncoder.encode("Welkom, 19 maart", StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "dates and numbers on a screen are fine");
    }

    @Test
    void a_text_that_is_on_no_screen_is_refused_and_leaves_nothing_behind() throws Exception {
        for (String tekst : new String[] {"Koop nu goedkope horloges bij mij", "Bitcoins kopen bij Klaas"}) {
            HttpResponse<byte[]> r = post("{\"delen\":[{\"taal\":\"nl\",\"tekst\":\"" + tekst + "\"}]}");
            assertEquals(400, r.statusCode(), tekst);
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("not-on-screen"));
            assertEquals(
                    400,
                    http.send(
                                    HttpRequest.newBuilder(URI.create(kiosk.url() + "api/voorlezen?taal=nl&tekst="
                                                    + URLEncoder.encode(tekst, StandardCharsets.UTF_8)))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode());
        }
        Path kept = kioskData.resolve("voorlezen");
        if (Files.isDirectory(kept)) {
            try (Stream<Path> files = Files.list(kept)) {
                assertEquals(0, files.count(), "nothing written for refused texts");
            }
        }
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/voorlezen"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static boolean espeak() {
        try {
            return new ProcessBuilder("espeak-ng", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
