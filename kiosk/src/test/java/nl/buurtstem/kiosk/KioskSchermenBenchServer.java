package nl.buurtstem.kiosk;

import static nl.buurtstem.testsupport.Await.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * For bench/kiosk-screens: a real central node with demo content and one real kiosk, on free ports, until its
 * standard input closes. Prints the kiosk's address once the kiosk has its content.
 */
public final class KioskSchermenBenchServer {

    private KioskSchermenBenchServer() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("kiosk-screens-bench");
        Gemeente gemeente = Gemeente.start(data.resolve("central"));
        KioskNode kiosk = gemeente.kiosk("Buurthuis De Kroon", data.resolve("kiosk"))
                .syncInterval(Duration.ofSeconds(1))
                .build()
                .start();
        var http = HttpClient.newHttpClient();
        await(
                () -> http.send(
                                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/plannen"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body(),
                body -> body.contains("herinrichting"));
        System.out.println("KIOSK " + kiosk.url());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the bench script closes our standard input
        }
        kiosk.stop();
        gemeente.stop();
    }
}
