package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.KioskConfig;
import nl.buurtstem.kiosk.KioskNode;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.Browsersessie;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.enroll.EnrollCommand;
import nl.buurtstem.provisioning.release.Releases;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin registers a kiosk on the central node's dashboard and downloads its boot card: the same card
 * {@code buurtstem enroll} writes, valid for cloud-init, and a kiosk started from it enrolls itself.
 */
class BeheerderMaaktOpstartkaartOpDashboardTest {

    private static final String CARD = "/api/beheer/opstartkaart";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = """
            {"naam": "Buurthuis De Kroon", "buurthuis": "De Kroon", "wijk": "WK019311",
             "openingstijden": "ma-vr 09:00-22:00, za 10:00-16:00", "scherm": "touch2", "rotatie": 90,
             "wifi": "Buurthuis De Kroon", "wifiWachtwoord": "kroon-wifi-2026", "sshSleutel": ""}""";

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;
    private Beheer beheer;
    private KioskNode kiosk;

    @BeforeEach
    void start() throws Exception {
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        beheer = new Beheer(central.url(), centralData);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        central.stop();
    }

    @Test
    void the_downloaded_card_is_the_enroll_card_and_a_kiosk_started_from_it_enrolls() throws Exception {
        Tools.require("cloud-init");
        Releases releases = new Releases(work.resolve("releases"), centralData);
        releases.publishHealthy("0.1.0");
        assertTrue(beheer.get(CARD).path("kan").asBoolean(), "an admin with a published release may make cards");

        HttpResponse<byte[]> response = post(FORM);

        assertEquals(201, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), "the card holds secrets");
        String kioskId = response.headers().firstValue("X-Kiosk-Id").orElseThrow();
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("opstartkaart-" + kioskId + ".zip"));
        Path card = unzip(response.body(), work.resolve("card"));
        assertEquals(filesOf(enrollCard(releases)), filesOf(card), "the dashboard's card holds what enroll writes");

        JsonNode config = JSON.readTree(card.resolve("kiosk.json").toFile());
        assertEquals(central.url(), config.path("centralUrl").asText());
        assertEquals("De Kroon", config.path("buurthuis").asText());
        assertEquals(90, config.path("scherm").path("rotatie").asInt());
        assertEquals(
                Files.readString(releases.publicKey()), Files.readString(card.resolve("buurtstem/release-key.pem")));
        assertTrue(Files.readString(card.resolve("network-config")).contains("kroon-wifi-2026"));
        JsonNode registered = beheer.get("/api/beheer/kiosks/" + kioskId);
        assertEquals("Buurthuis De Kroon", registered.path("naam").asText());
        assertTrue(
                beheer.get("/api/beheer/audit?soort=kiosk").toString().contains("opstartkaart"),
                "the audit log says who made it");
        Tools.Result schema = Tools.run(
                "cloud-init",
                "schema",
                "--config-file",
                card.resolve("user-data").toString());
        assertEquals(0, schema.exit(), schema.output());

        kiosk = KioskNode.builder(KioskConfig.read(card.resolve("kiosk.json")))
                .dataDir(work.resolve("kiosk"))
                .port(0)
                .gpio(GpioPlatform.Choice.SIMULATED)
                .syncInterval(Duration.ofMillis(200))
                .build()
                .start();
        awaitEnrolled(kioskId);
    }

    @Test
    void without_a_published_release_the_dashboard_says_why_and_registers_nothing() throws Exception {
        JsonNode kan = beheer.get(CARD);
        assertFalse(kan.path("kan").asBoolean());
        assertEquals("geen-release", kan.path("reden").asText());

        HttpResponse<byte[]> response = post(FORM);

        assertEquals(409, response.statusCode());
        assertTrue(
                problem(response).path("detail").asText().contains("Nothing was registered"),
                problem(response).toString());
        assertEquals(0, beheer.get("/api/beheer/kiosks").path("kiosks").size());
    }

    @Test
    void wrong_settings_are_refused_by_name_and_nothing_is_registered() throws Exception {
        new Releases(work.resolve("releases"), centralData).publishHealthy("0.1.0");

        HttpResponse<byte[]> hours = post(FORM.replace("ma-vr 09:00-22:00", "maandag negen tot vijf"));
        HttpResponse<byte[]> wifi = post(FORM.replace("kroon-wifi-2026", ""));
        HttpResponse<byte[]> wijk = post(FORM.replace("WK019311", "WK999999"));
        HttpResponse<byte[]> nooitDicht = post(FORM.replace("ma-vr 09:00-22:00", "ma-zo 00:00-23:59"));

        // Each wrong field by its name, in Dutch for the form, and only that field.
        assertEquals(400, hours.statusCode());
        assertEquals(List.of("openingstijden"), velden(hours), problem(hours).toString());
        assertTrue(
                veld(hours, "openingstijden").contains("\"maandag negen tot vijf\"")
                        && veld(hours, "openingstijden").contains("ma-vr 09:00-17:00"),
                problem(hours).toString());
        assertEquals(400, wifi.statusCode());
        assertEquals(List.of("wifiWachtwoord"), velden(wifi), problem(wifi).toString());
        assertTrue(
                veld(wifi, "wifiWachtwoord").contains("wachtwoord van het wifi-netwerk"),
                problem(wifi).toString());
        assertEquals(400, wijk.statusCode());
        assertEquals(List.of("wijk"), velden(wijk), problem(wijk).toString());
        assertTrue(
                problem(wijk).path("detail").asText().contains("Nothing was registered"),
                problem(wijk).toString());
        assertEquals(0, beheer.get("/api/beheer/kiosks").path("kiosks").size());
    }

    @Test
    void an_editor_may_watch_the_fleet_but_not_register_a_kiosk() throws Exception {
        new Releases(work.resolve("releases"), centralData).publishHealthy("0.1.0");
        String wachtwoord = "een-lang-wachtwoord-editor";
        beheer.voegMedewerkerToe("ria", "Ria", "editor", wachtwoord);
        Browsersessie redacteur = new Browsersessie(central.url());
        assertEquals(200, redacteur.login("ria", wachtwoord).statusCode());

        JsonNode kan = JSON.readTree(redacteur.send("GET", CARD, null).body());
        HttpResponse<String> response = redacteur.send("POST", CARD, FORM);

        assertEquals("geen-admin", kan.path("reden").asText());
        assertEquals(403, response.statusCode());
        assertEquals(0, beheer.get("/api/beheer/kiosks").path("kiosks").size());
    }

    private Path enrollCard(Releases releases) throws IOException {
        Path card = work.resolve("enroll-card");
        Files.writeString(work.resolve("wifi"), "kroon-wifi-2026");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EnrollCommand.run(
                new String[] {
                    "--central",
                    central.url(),
                    "--name",
                    "Buurthuis De Kroon",
                    "--wijk",
                    "WK019311",
                    "--staff-key",
                    beheer.key,
                    "--out",
                    card.toString(),
                    "--wifi",
                    "Buurthuis De Kroon",
                    "--wifi-password-file",
                    work.resolve("wifi").toString(),
                    "--release-key",
                    releases.publicKey().toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return card;
    }

    private void awaitEnrolled(String kioskId) throws Exception {
        Await.await("the kiosk started from the dashboard's card to enroll", () -> {
            for (JsonNode k : beheer.get("/api/beheer/kiosks").path("kiosks")) {
                if (k.path("id").asText().equals(kioskId) && k.path("enrolled").asBoolean()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The dashboard's form sent as its page sends it: with the page's origin, here with the staff key. */
    private HttpResponse<byte[]> post(String form) throws Exception {
        return beheer.http.send(
                HttpRequest.newBuilder(URI.create(central.url() + CARD.substring(1)))
                        .header("Origin", central.url().replaceAll("/$", ""))
                        .header("Authorization", "Bearer " + beheer.key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode problem(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The form fields the refusal names, in order. */
    private static List<String> velden(HttpResponse<byte[]> response) throws IOException {
        List<String> namen = new ArrayList<>();
        problem(response).path("velden").fieldNames().forEachRemaining(namen::add);
        return namen;
    }

    private static String veld(HttpResponse<byte[]> response, String naam) throws IOException {
        return problem(response).path("velden").path(naam).asText();
    }

    private static Path unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = dir.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(dir), "zip entry outside the card: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return dir;
    }

    private static Set<String> filesOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
