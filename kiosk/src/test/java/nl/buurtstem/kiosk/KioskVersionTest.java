package nl.buurtstem.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff see on the dashboard which version a kiosk runs, and when it went back from a broken update. */
class KioskVersionTest {

    @TempDir
    Path data;

    @Test
    void a_rollback_shows_beside_the_version_staff_see() throws Exception {
        Files.writeString(data.resolve("update-state.json"), """
                {"version": "0.1.0", "pending": false,
                 "rollback": {"from": "0.2.0", "to": "0.1.0", "at": "2026-11-24T02:31:00Z", "reason": "not healthy within 180s"}}
                """);

        assertEquals("0.1.0 (0.2.0 teruggedraaid)", KioskVersion.describe("0.1.0", data));
    }

    @Test
    void an_old_rollback_is_forgotten_once_a_newer_version_runs() throws Exception {
        Files.writeString(data.resolve("update-state.json"), """
                {"version": "0.3.0", "rollback": {"from": "0.2.0", "to": "0.1.0"}}
                """);

        assertEquals("0.3.0", KioskVersion.describe("0.3.0", data));
    }

    @Test
    void a_kiosk_that_never_updated_shows_its_version() {
        assertEquals("0.1.0", KioskVersion.describe("0.1.0", data));
    }
}
