package nl.buurtstem.kiosk;

import static nl.buurtstem.testsupport.Await.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personas of issue 18 (an elderly resident, an Arabic-speaking newcomer, Turkish, Polish and Ukrainian speakers,
 * a voter with a stemcode) walk their paths at 800×480, 720×1280 and 1920×1080 in all six languages, offline, in one
 * Chromium against one kiosk that reads aloud with espeak-ng. The walking is in src/test/browser/wandelingen.test.mjs;
 * tap counts and read-aloud lengths end up in the build folder (wandelingen/wandelingen.json, the WAV files).
 */
@Tag("slow")
class BewonersLopenHunPadInElkeTaalTest {

    @TempDir
    Path centralData;

    @TempDir
    Path kioskData;

    private Gemeente gemeente;
    private KioskNode kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        gemeente.stop();
    }

    @Test
    void each_persona_walks_their_path_at_three_sizes_in_six_languages() throws Exception {
        Browser.WANDELINGEN.requireTools();
        gemeente = Gemeente.start(centralData);
        Centrale centrale = gemeente.centrale();
        kiosk = centrale.registreer("Buurthuis De Kroon")
                .kiosk(kioskData)
                .build()
                .start();
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, String> feed : Map.of(
                        "api/peilingen", "speelplek-diezerpoort",
                        "api/plannen", "herinrichting-vechtstraat",
                        "api/wijkbudgetten", "wijkbudget-diezerpoort-2027")
                .entrySet()) {
            await(
                    () -> http.send(
                                    HttpRequest.newBuilder(URI.create(kiosk.url() + feed.getKey()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body(),
                    body -> body.contains(feed.getValue()));
        }
        gemeente.stop();

        Browser.WANDELINGEN.runAgainst(kiosk, centrale.demoStemcodes(), "wandelingen");
    }
}
