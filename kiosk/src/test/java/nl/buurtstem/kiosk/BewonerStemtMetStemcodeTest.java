package nl.buurtstem.kiosk;

import static nl.buurtstem.kiosk.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Residents split the wijkbudget with the stemcode from the municipality's letter: the kiosk checks a code offline
 * against the hashed list it synced; a code used at two kiosks counts once at the central node, by its published rule.
 */
class BewonerStemtMetStemcodeTest {

    private static final String BUDGET = "wijkbudget-diezerpoort-2027";

    @TempDir
    Path centralData;

    @TempDir
    Path kioskA;

    @TempDir
    Path kioskB;

    private Gemeente gemeente;
    private Centrale centrale;
    private final List<KioskNode> kiosks = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        centrale = gemeente.centrale();
        for (Path data : List.of(kioskA, kioskB)) {
            kiosks.add(
                    gemeente.kiosk("Buurthuis " + kiosks.size(), data).build().start());
        }
        for (KioskNode kiosk : kiosks) {
            await(() -> get(kiosk, "api/wijkbudgetten"), body -> body.contains(BUDGET));
        }
    }

    @AfterEach
    void stop() {
        kiosks.forEach(KioskNode::stop);
        gemeente.stop();
    }

    @Test
    void a_code_is_checked_offline_and_refused_at_the_same_kiosk_once_used() throws Exception {
        gemeente.stop();
        KioskNode a = kiosks.getFirst();
        assertEquals(
                "{\"stemcode\":\"geldig\"}",
                post(a, "stemcode", "{\"stemcode\":\"diez 1010\"}").body());
        assertEquals(
                "{\"stemcode\":\"onbekend\"}",
                post(a, "stemcode", "{\"stemcode\":\"DIEZ-9999\"}").body());
        assertEquals(
                201,
                post(
                                a,
                                "stembiljetten",
                                "{\"voorstellen\":[\"speeltoestel\",\"buurtfeest\"],\"stemcode\":\"DIEZ-1010\"}")
                        .statusCode());
        assertEquals(
                "{\"stemcode\":\"al_gebruikt\"}",
                post(a, "stemcode", "{\"stemcode\":\"DIEZ-1010\"}").body());
        assertEquals(
                403,
                post(a, "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-1010\"}")
                        .statusCode());
        gemeente.restart();
    }

    @Test
    void a_ballot_over_budget_or_without_a_valid_code_is_refused_kindly() throws Exception {
        KioskNode a = kiosks.getFirst();
        assertTrue(!get(a, "api/wijkbudgetten").contains("stemcodeHashes"), "the screen never gets the code list");
        HttpResponse<String> teDuur = post(
                a,
                "stembiljetten",
                "{\"voorstellen\":[\"speeltoestel\",\"bankjes-vecht\",\"fietsenrekken\"],\"stemcode\":\"DIEZ-1011\"}");
        assertEquals(400, teDuur.statusCode());
        assertTrue(teDuur.body().contains("over-budget"));
        assertEquals(
                403,
                post(a, "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-0000\"}")
                        .statusCode());
    }

    @Test
    void guessing_codes_at_the_screen_is_slowed_down() throws Exception {
        KioskNode a = kiosks.getFirst();
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "{\"stemcode\":\"onbekend\"}",
                    post(a, "stemcode", "{\"stemcode\":\"DIEZ-000" + i + "\"}").body());
        }
        assertEquals(
                "{\"stemcode\":\"te_vaak\"}",
                post(a, "stemcode", "{\"stemcode\":\"DIEZ-1030\"}").body(),
                "after five wrong codes even a right one waits");
        assertEquals(
                429,
                post(a, "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-1030\"}")
                        .statusCode());
    }

    @Test
    void a_code_used_at_two_kiosks_counts_once_at_the_municipality() throws Exception {
        assertEquals(
                201,
                post(kiosks.get(0), "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-1020\"}")
                        .statusCode());
        assertEquals(
                1, await(() -> centrale.rijen("SELECT geteld FROM stembiljet").size(), n -> n == 1));
        assertEquals(
                201,
                post(kiosks.get(1), "stembiljetten", "{\"voorstellen\":[\"bloembakken\"],\"stemcode\":\"DIEZ-1020\"}")
                        .statusCode());

        assertEquals(
                2, await(() -> centrale.rijen("SELECT geteld FROM stembiljet").size(), n -> n == 2));
        assertEquals(
                List.of("1"),
                centrale.rijen("SELECT geteld FROM stembiljet WHERE voorstellen = 'buurtfeest'"),
                "the first ballot counts");
        assertEquals(
                List.of("stemcode already used for an earlier ballot"),
                centrale.rijen("SELECT reden FROM stembiljet WHERE voorstellen = 'bloembakken' AND geteld = 0"),
                "the second is kept, not counted");
        assertEquals(
                List.of(),
                centrale.rijen("SELECT hash FROM stemcode WHERE hash LIKE '%DIEZ%'"),
                "only hashes of codes are kept");
    }

    private String get(KioskNode kiosk, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(kiosk.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> post(KioskNode kiosk, String what, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/wijkbudgetten/" + BUDGET + "/" + what))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
