package nl.buurtstem.kiosk.inbreng;

import static nl.buurtstem.kiosk.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident leaves an idea at one buurthuis and copies the receipt code. Later, at another buurthuis, she types it
 * ("Mijn inbreng") and reads that it arrived, then the municipality's answer. Only the code's hash ever leaves the
 * kiosk, and without the central node the kiosk says it cannot look it up now.
 */
class BewonerZietWatErMetZijnIdeeGebeurdeTest {

    @TempDir
    Path centralData;

    @TempDir
    Path deKroonData;

    @TempDir
    Path hetAnkerData;

    private Gemeente gemeente;
    private KioskNode deKroon;
    private KioskNode hetAnker;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        for (KioskNode k : new KioskNode[] {deKroon, hetAnker}) {
            if (k != null) {
                k.stop();
            }
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void her_receipt_code_shows_on_another_kiosk_that_the_idea_arrived_and_then_the_answer() throws Exception {
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        deKroon = gemeente.kiosk("Buurthuis De Kroon", deKroonData).build().start();
        hetAnker = gemeente.kiosk("Buurthuis Het Anker", hetAnkerData).build().start();

        HttpResponse<String> bewaard =
                post(deKroon, "api/ideeen", "{\"tekst\":\"Een bankje bij de bushalte\",\"thema\":\"verkeer\"}");
        assertEquals(201, bewaard.statusCode(), bewaard.body());
        String code = Centrale.JSON.readTree(bewaard.body()).path("bon").asText();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), "a code to copy on paper: " + code);

        List<String> hashes = await(() -> centrale.rijen("SELECT bon FROM idee"), r -> !r.isEmpty());
        assertEquals(1, hashes.size());
        assertTrue(!hashes.getFirst().contains(code.replace("-", "")), "only the hash reaches the municipality");

        // Typed on the other kiosk as people do: lower case, a space instead of the dash.
        String getypt = code.toLowerCase().replace('-', ' ');
        JsonNode ontvangen = inbreng(hetAnker, getypt);
        assertEquals("ontvangen", ontvangen.path("status").asText(), ontvangen.toString());

        // The ideeënmakelaar answers (the staff side is IdeeenmakelaarHandeltIdeeAfTest).
        centrale.wijzig(
                "UPDATE idee SET status = 'beantwoord', antwoord = ? WHERE bon = ?",
                "Er komt een bankje bij de bushalte.",
                hashes.getFirst());
        JsonNode beantwoord = inbreng(hetAnker, getypt);
        assertEquals("beantwoord", beantwoord.path("status").asText());
        assertEquals(
                "Er komt een bankje bij de bushalte.",
                beantwoord.path("antwoord").asText());

        assertEquals(404, get(hetAnker, "api/inbreng/K7QM-3XPA").statusCode(), "an unknown code");
        assertEquals(400, get(hetAnker, "api/inbreng/hallo").statusCode(), "not a code at all");

        gemeente.stop();
        gemeente = null;
        HttpResponse<String> offline = get(hetAnker, "api/inbreng/" + code);
        assertEquals(503, offline.statusCode(), "without the central node the kiosk says it cannot look it up now");
        assertTrue(offline.body().contains("offline"), offline.body());
    }

    private JsonNode inbreng(KioskNode kiosk, String code) throws Exception {
        HttpResponse<String> r = get(kiosk, "api/inbreng/" + code.replace(" ", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        return Centrale.JSON.readTree(r.body());
    }

    private HttpResponse<String> get(KioskNode kiosk, String pad) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(KioskNode kiosk, String pad, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + pad))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
