package nl.buurtstem.kiosk.inbreng;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident leaves an idea at one buurthuis and copies the receipt code. Later, at another buurthuis, she types it
 * ("Mijn inbreng") and reads that it arrived, then the municipality's answer, also as translated. Only the code's hash ever leaves the
 * kiosk, and without the central node the kiosk says it cannot look it up now.
 */
class BewonerZietWatErMetZijnIdeeGebeurdeTest {

    @TempDir
    Path data;

    private TweeBuurthuizen buurt;

    @AfterEach
    void stop() {
        if (buurt != null) {
            buurt.close();
        }
    }

    @Test
    void her_receipt_code_shows_on_another_kiosk_that_the_idea_arrived_and_then_the_answer() throws Exception {
        buurt = TweeBuurthuizen.start(data);
        Centrale centrale = buurt.centrale;
        KioskNode deKroon = buurt.deKroon;
        KioskNode hetAnker = buurt.hetAnker;

        HttpResponse<String> bewaard =
                buurt.post(deKroon, "api/ideeen", "{\"tekst\":\"Een bankje bij de bushalte\",\"thema\":\"verkeer\"}");
        assertEquals(201, bewaard.statusCode(), bewaard.body());
        String code = Centrale.JSON.readTree(bewaard.body()).path("bon").asText();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), "a code to copy on paper: " + code);

        List<String> hashes = await(() -> centrale.rijen("SELECT bon FROM idee"), r -> !r.isEmpty());
        assertEquals(1, hashes.size());
        assertTrue(!hashes.getFirst().contains(code.replace("-", "")), "only the hash reaches the municipality");

        // Typed on the other kiosk as people do: lower case, a space instead of the dash.
        String getypt = code.toLowerCase().replace('-', ' ');
        JsonNode ontvangen = buurt.inbreng(hetAnker, getypt);
        assertEquals("ontvangen", ontvangen.path("status").asText(), ontvangen.toString());

        // The ideeënmakelaar answers (the staff side is IdeeenmakelaarHandeltIdeeAfTest).
        centrale.wijzig(
                "UPDATE idee SET status = 'beantwoord', antwoord = ? WHERE bon = ?",
                "Er komt een bankje bij de bushalte.",
                hashes.getFirst());
        JsonNode beantwoord = buurt.inbreng(hetAnker, getypt);
        assertEquals("beantwoord", beantwoord.path("status").asText());
        assertEquals(
                "Er komt een bankje bij de bushalte.",
                beantwoord.path("antwoord").asText());
        assertEquals(0, beantwoord.path("vertalingen").size(), "not translated yet: the screen shows the Dutch");

        // A translator translates the answer into Turkish (the staff side is VertalerVertaaltAntwoordOpIdeeTest).
        String item = "idee/idee-"
                + centrale.rijen("SELECT lower(kiosk_id) || '-' || seq FROM idee")
                        .getFirst();
        centrale.wijzig(
                "INSERT INTO vertaling(item, taal, velden) VALUES (?, 'tr', ?)",
                item,
                "{\"antwoord\":\"Otobüs durağına bir bank gelecek.\"}");
        assertEquals(
                "Otobüs durağına bir bank gelecek.",
                buurt.inbreng(hetAnker, getypt).path("vertalingen").path("tr").asText());

        assertEquals(404, buurt.get(hetAnker, "api/inbreng/K7QM-3XPA").statusCode(), "an unknown code");
        assertEquals(400, buurt.get(hetAnker, "api/inbreng/hallo").statusCode(), "not a code at all");

        buurt.centraleUit();
        HttpResponse<String> offline = buurt.get(hetAnker, "api/inbreng/" + code);
        assertEquals(503, offline.statusCode(), "without the central node the kiosk says it cannot look it up now");
        assertTrue(offline.body().contains("offline"), offline.body());
    }
}
