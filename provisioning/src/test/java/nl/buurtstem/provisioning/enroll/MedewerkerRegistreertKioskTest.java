package nl.buurtstem.provisioning.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.buurtstem.opendata.CentralNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Municipal IT enrolls a kiosk against a real central node. */
class MedewerkerRegistreertKioskTest {

    @TempDir
    Path centralData;

    @TempDir
    Path out;

    private CentralNode central;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void enroll_writes_a_private_kiosk_config_with_a_one_time_token() throws Exception {
        int exit = enroll(
                "--central",
                central.url(),
                "--name",
                "Buurthuis De Kroon",
                "--wijk",
                "WK019311",
                "--out",
                out.toString(),
                "--staff-key-file",
                centralData.resolve("staff-api-key").toString());

        assertEquals(0, exit, err());
        Path config = out.resolve("kiosk.json");
        JsonNode json = new ObjectMapper().readTree(config.toFile());
        assertEquals(central.url(), json.get("centralUrl").asText());
        assertEquals("WK019311", json.get("wijk").asText());
        assertFalse(json.get("enrollmentToken").asText().isBlank());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
    }

    @Test
    void a_wrong_staff_key_is_refused_and_writes_nothing() {
        int exit = enroll(
                "--central",
                central.url(),
                "--name",
                "Kiosk",
                "--wijk",
                "WK019311",
                "--out",
                out.toString(),
                "--staff-key",
                "guess");

        assertEquals(1, exit);
        assertTrue(err().contains("staff API key"), err());
        assertFalse(Files.exists(out.resolve("kiosk.json")));
    }

    @Test
    void an_unknown_wijk_is_refused_by_the_central_node_with_its_reason() {
        int exit = enroll(
                "--central",
                central.url(),
                "--name",
                "Kiosk",
                "--wijk",
                "WK999999",
                "--out",
                out.toString(),
                "--staff-key-file",
                centralData.resolve("staff-api-key").toString());

        assertEquals(1, exit);
        assertTrue(err().contains("WK999999"), err());
    }

    @Test
    void a_malformed_wijk_code_is_refused_before_anything_is_sent() {
        int exit = enroll(
                "--central",
                central.url(),
                "--name",
                "Kiosk",
                "--wijk",
                "Diezerpoort",
                "--out",
                out.toString(),
                "--staff-key",
                "x");

        assertEquals(2, exit);
        assertTrue(err().contains("CBS wijkcode"), err());
    }

    private int enroll(String... args) {
        return EnrollCommand.run(
                args,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
