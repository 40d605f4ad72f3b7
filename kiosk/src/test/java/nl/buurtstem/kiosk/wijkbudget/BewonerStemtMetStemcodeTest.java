package nl.buurtstem.kiosk.wijkbudget;

import static nl.buurtstem.testsupport.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.buurtstem.kiosk.Centrale;
import nl.buurtstem.kiosk.Gemeente;
import nl.buurtstem.kiosk.KioskNode;
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
    private List<String> codes;

    @BeforeEach
    void start() throws Exception {
        gemeente = Gemeente.start(centralData);
        centrale = gemeente.centrale();
        codes = centrale.demoStemcodes();
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
        gemeente.uitvallen();
        KioskNode a = kiosks.getFirst();
        assertEquals(
                "{\"stemcode\":\"geldig\"}",
                post(
                                a,
                                "stemcode",
                                "{\"stemcode\":\"" + codes.get(9).toLowerCase().replace('-', ' ') + "\"}")
                        .body());
        assertEquals(
                "{\"stemcode\":\"onbekend\"}",
                post(a, "stemcode", "{\"stemcode\":\"DIEZ-2222-3333-4444\"}").body());
        assertEquals(
                201,
                post(
                                a,
                                "stembiljetten",
                                "{\"voorstellen\":[\"speeltoestel\",\"buurtfeest\"],\"stemcode\":\"" + codes.get(9)
                                        + "\"}")
                        .statusCode());
        assertEquals(
                "{\"stemcode\":\"al_gebruikt\"}",
                post(a, "stemcode", "{\"stemcode\":\"" + codes.get(9) + "\"}").body());
        assertEquals(
                403,
                post(a, "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"" + codes.get(9) + "\"}")
                        .statusCode());
        gemeente.restart();
    }

    @Test
    void a_ballot_over_budget_or_without_a_valid_code_is_refused_kindly() throws Exception {
        KioskNode a = kiosks.getFirst();
        assertTrue(!get(a, "api/wijkbudgetten").contains("stemcodeHashes"), "the screen never gets the code list");
        assertTrue(
                get(a, "api/wijkbudgetten").contains("\"stemcodePrefix\":\"DIEZ\""),
                "the screen gets the letters printed before the codes, to show them already typed");
        HttpResponse<String> teDuur = post(
                a,
                "stembiljetten",
                "{\"voorstellen\":[\"speeltoestel\",\"bankjes-vecht\",\"fietsenrekken\"],\"stemcode\":\""
                        + codes.get(10) + "\"}");
        assertEquals(400, teDuur.statusCode());
        assertTrue(teDuur.body().contains("over-budget"));
        assertEquals(
                403,
                post(a, "stembiljetten", "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"DIEZ-2222-3333-4444\"}")
                        .statusCode());
    }

    @Test
    void guessing_codes_slows_down_that_resident_not_the_next_one() throws Exception {
        KioskNode a = kiosks.getFirst();
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "{\"stemcode\":\"onbekend\"}",
                    post(a, "stemcode", "{\"stemcode\":\"DIEZ-2222-3333-444" + (i + 2) + "\"}", "raadt")
                            .body());
        }
        assertEquals(
                "{\"stemcode\":\"te_vaak\"}",
                post(a, "stemcode", "{\"stemcode\":\"" + codes.get(29) + "\"}", "raadt")
                        .body(),
                "after five wrong codes even a right one waits, in that session");
        assertEquals(
                429,
                post(
                                a,
                                "stembiljetten",
                                "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"" + codes.get(29) + "\"}",
                                "raadt")
                        .statusCode());
        assertEquals(
                "{\"stemcode\":\"geldig\"}",
                post(a, "stemcode", "{\"stemcode\":\"" + codes.get(29) + "\"}", "volgende-bewoner")
                        .body(),
                "the next resident, who made no mistake, is not locked out");
    }

    @Test
    void a_typing_slip_is_said_kindly_and_not_counted_as_a_guess() throws Exception {
        KioskNode a = kiosks.getFirst();
        for (String slip :
                new String[] {"DIEZ-1001", "DIEZ-7K3M-Q9TX", "DIEZ-0000-1111-OOOO", "x", "", "DIEZ-7K3M-Q9TX-4HPA-99"
                }) {
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        "{\"stemcode\":\"ongeldig\"}",
                        post(a, "stemcode", "{\"stemcode\":\"" + slip + "\"}", "bevende-handen")
                                .body(),
                        slip);
            }
        }
        assertEquals(
                "{\"stemcode\":\"geldig\"}",
                post(a, "stemcode", "{\"stemcode\":\"" + codes.get(28) + "\"}", "bevende-handen")
                        .body());
    }

    @Test
    void only_salted_slow_hashes_of_long_codes_are_kept() throws Exception {
        assertEquals(30, codes.size());
        for (String code : codes) {
            assertTrue(code.matches("DIEZ(-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}){3}"), code);
        }
        List<String> hashes = centrale.rijen("SELECT hash FROM stemcode");
        assertEquals(30, hashes.size());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String code : codes) {
            String ongezouten = HexFormat.of().formatHex(sha.digest((BUDGET + ":" + code.replace("-", "")).getBytes()));
            assertTrue(!hashes.contains(ongezouten), "no unsalted hash");
        }
        assertTrue(
                Integer.parseInt(centrale.rijen("SELECT iteraties FROM stemcode_zout")
                                .getFirst())
                        >= 10_000,
                "a slow hash");
    }

    @Test
    void a_code_used_at_two_kiosks_counts_once_at_the_municipality() throws Exception {
        assertEquals(
                201,
                post(
                                kiosks.get(0),
                                "stembiljetten",
                                "{\"voorstellen\":[\"buurtfeest\"],\"stemcode\":\"" + codes.get(19) + "\"}")
                        .statusCode());
        assertEquals(
                1, await(() -> centrale.rijen("SELECT geteld FROM stembiljet").size(), n -> n == 1));
        assertEquals(
                201,
                post(
                                kiosks.get(1),
                                "stembiljetten",
                                "{\"voorstellen\":[\"bloembakken\"],\"stemcode\":\"" + codes.get(19) + "\"}")
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
        return post(kiosk, what, body, "een-bewoner");
    }

    private HttpResponse<String> post(KioskNode kiosk, String what, String body, String sessie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(kiosk.url() + "api/wijkbudgetten/" + BUDGET + "/" + what))
                        .header("Content-Type", "application/json")
                        .header("X-Buurtstem-Sessie", sessie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
