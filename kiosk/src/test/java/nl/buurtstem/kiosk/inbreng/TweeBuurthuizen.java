package nl.buurtstem.kiosk.inbreng;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.testsupport.Await;

/**
 * A municipality with a kiosk in two buurthuizen, De Kroon and Het Anker: a resident leaves something at one and
 * looks it up at the other with its receipt code ("Mijn inbreng"). The central node can be taken away and brought
 * back, as when the buurthuis's internet is down.
 */
final class TweeBuurthuizen implements AutoCloseable {

    final Centrale centrale;
    final KioskNode deKroon;
    final KioskNode hetAnker;
    private final Gemeente gemeente;
    private final HttpClient http = HttpClient.newHttpClient();
    private boolean centraleDraait = true;

    private TweeBuurthuizen(Gemeente gemeente, KioskNode deKroon, KioskNode hetAnker) {
        this.gemeente = gemeente;
        this.centrale = gemeente.centrale();
        this.deKroon = deKroon;
        this.hetAnker = hetAnker;
    }

    /** The central node and both kiosks, each with its own folder under {@code data}. */
    static TweeBuurthuizen start(Path data) throws Exception {
        return start(data, UnaryOperator.identity());
    }

    /** As {@link #start(Path)}, with the central node's settings changed for the story. */
    static TweeBuurthuizen start(Path data, UnaryOperator<CentralNode.Builder> instellingen) throws Exception {
        Gemeente gemeente = Gemeente.start(Files.createDirectories(data.resolve("centrale")), instellingen);
        KioskNode deKroon = null;
        KioskNode hetAnker = null;
        try {
            deKroon = gemeente.kiosk("Buurthuis De Kroon", Files.createDirectories(data.resolve("de-kroon")))
                    .build()
                    .start();
            hetAnker = gemeente.kiosk("Buurthuis Het Anker", Files.createDirectories(data.resolve("het-anker")))
                    .build()
                    .start();
            // Each kiosk enrolls in the background; a story that looks a code up before that would get "not connected
            // yet" on a busy machine. The credentials file appears, whole, once a kiosk has enrolled.
            for (String buurthuis : List.of("de-kroon", "het-anker")) {
                Path credentials = data.resolve(buurthuis).resolve("credentials.json");
                Await.await(buurthuis + " enrolled at the central node", () -> Files.exists(credentials));
            }
            return new TweeBuurthuizen(gemeente, deKroon, hetAnker);
        } catch (Exception | AssertionError failed) {
            if (deKroon != null) {
                deKroon.stop();
            }
            if (hetAnker != null) {
                hetAnker.stop();
            }
            gemeente.stop();
            throw failed;
        }
    }

    void centraleUit() {
        gemeente.uitvallen();
        centraleDraait = false;
    }

    void centraleAan() {
        gemeente.restart();
        centraleDraait = true;
    }

    /** What "Mijn inbreng" on this kiosk says of a code, typed as a resident would (spaces allowed). */
    JsonNode inbreng(KioskNode kiosk, String code) throws Exception {
        HttpResponse<String> r = get(kiosk, "api/inbreng/" + code.replace(" ", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        return Centrale.JSON.readTree(r.body());
    }

    HttpResponse<String> get(KioskNode kiosk, String pad) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(KioskNode kiosk, String pad, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + pad))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        deKroon.stop();
        hetAnker.stop();
        if (centraleDraait) {
            gemeente.stop();
        }
    }
}
