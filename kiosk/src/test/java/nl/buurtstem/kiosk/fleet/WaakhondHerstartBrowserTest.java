package nl.buurtstem.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.buurtstem.testsupport.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the kiosk page stops reporting (black screen, crashed tab) the kiosk restarts the browser session with
 * the configured command, and says so in its next heartbeat. The command here is a real process that notes
 * each call in a file, standing in for {@code systemctl restart buurtstem-browser.service}.
 */
@Tag("slow")
class WaakhondHerstartBrowserTest {

    @TempDir
    Path dir;

    private final TestClock klok = new TestClock("2026-11-24T10:00:00Z");

    private Watchdog watchdog(PageLiveness page, Incidents incidents, Path log) {
        FleetSettings settings = FleetSettings.forThisMachine()
                .withTimes(Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(120))
                .withCommands(List.of("sh", "-c", "echo herstart >> " + log), List.of(), List.of(), List.of());
        return new Watchdog(page, settings, new CommandRunner(), incidents, klok);
    }

    private static long restarts(Path log) throws Exception {
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    @Test
    void silent_page_gets_its_browser_restarted_once_and_the_kiosk_reports_it() throws Exception {
        Path log = dir.resolve("herstarts.txt");
        PageLiveness page = new PageLiveness(klok);
        Incidents incidents = new Incidents(klok);
        Watchdog watchdog = watchdog(page, incidents, log);

        klok.advance(Duration.ofSeconds(30));
        page.alive();
        klok.advance(Duration.ofSeconds(50));
        assertFalse(watchdog.check());
        assertEquals(Boolean.TRUE, watchdog.pageAlive());

        klok.advance(Duration.ofSeconds(60));
        assertEquals(Boolean.FALSE, watchdog.pageAlive());
        assertTrue(watchdog.check());
        assertEquals(1, restarts(log));
        assertEquals(1, incidents.watchdogRestarts());
        assertTrue(incidents.lastError().contains("browser restarted"), incidents.lastError());

        klok.advance(Duration.ofSeconds(60));
        assertFalse(watchdog.check(), "a freshly restarted browser gets time to come up");
        assertEquals(1, restarts(log));

        page.alive();
        klok.advance(Duration.ofSeconds(80));
        assertFalse(watchdog.check());
        assertEquals(Boolean.TRUE, watchdog.pageAlive());
        assertEquals(1, restarts(log));
    }

    @Test
    void browser_that_never_reports_is_restarted_after_the_grace_time() throws Exception {
        Path log = dir.resolve("herstarts.txt");
        Watchdog watchdog = watchdog(new PageLiveness(klok), new Incidents(klok), log);
        klok.advance(Duration.ofSeconds(121));
        assertTrue(watchdog.check());
        assertEquals(1, restarts(log));
    }

    @Test
    void without_a_managed_browser_the_page_state_is_unknown_and_nothing_is_restarted() {
        Watchdog watchdog = new Watchdog(
                new PageLiveness(klok),
                FleetSettings.forThisMachine().withCommands(List.of(), List.of(), List.of(), List.of()),
                new CommandRunner(),
                new Incidents(klok),
                klok);
        klok.advance(Duration.ofMinutes(30));
        assertFalse(watchdog.check());
        assertNull(watchdog.pageAlive());
    }
}
