package nl.buurtstem.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.hardware.GpioPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardware check screen in Debian's Chromium (src/test/host-browser, Node + playwright-core): PIN first, then
 * every button, lamp and the sensor as a volunteer sees them. Skipped without Node or Chromium on a developer's
 * machine, failed on CI (CI=true). The screenshot is kept in the build folder's host-browser/.
 */
class VrijwilligerControleertBedradingInBrowserTest {

    private static final String PIN = "4821";
    private static final Path SUITE = Path.of("src/test/host-browser").toAbsolutePath();

    @TempDir
    Path centralData;
    @TempDir
    Path kioskData;
    private Gemeente gemeente;
    private KioskNode kiosk;

    @BeforeEach
    void start() throws Exception {
        requireTools();
        gemeente = Gemeente.start(centralData);
        KioskConfig registered = gemeente.registerKiosk("Buurthuis De Kroon");
        kiosk = KioskNode.builder(new KioskConfig(registered.centralUrl(), registered.naam(), registered.wijk(),
                        registered.enrollmentToken(), null, PIN))
                .dataDir(kioskData).port(0).gpio(GpioPlatform.Choice.SIMULATED).syncInterval(Duration.ofMillis(200))
                .build().start();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.stop();
        }
        if (gemeente != null) {
            gemeente.stop();
        }
    }

    @Test
    void a_volunteer_sees_every_part_of_the_wiring_in_the_browser() throws Exception {
        // Beside test-classes, so parallel builds with their own build folder keep their screenshots apart.
        Path artefacts = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                .resolve("host-browser");
        Files.createDirectories(artefacts);
        Result run = run(List.of("node", "--test", "--test-reporter=spec", "controle.test.mjs"),
                Map.of("KIOSK_URL", kiosk.url(), "HOST_PIN", PIN, "ARTEFACTS", artefacts.toString()), 600);
        Files.writeString(artefacts.resolve("browser.log"), run.output(), StandardCharsets.UTF_8);

        assertEquals(0, run.exit(), run.output());
    }

    private static void requireTools() throws Exception {
        String missing = !Files.isExecutable(Path.of("/usr/bin/chromium")) ? "Debian's chromium"
                : run(List.of("node", "--version"), Map.of(), 30).exit() != 0 ? "node" : null;
        if (missing != null) {
            String message = "the host check browser test needs " + missing + "; install it with: apt-get install chromium nodejs npm";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        if (!Files.isDirectory(SUITE.resolve("node_modules/playwright-core"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
            if (npm.exit() != 0) {
                fail("npm ci failed in " + SUITE + ":\n" + npm.output());
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notThere) {
            return new Result(127, command.getFirst() + " is not installed");
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(124, new String(output, StandardCharsets.UTF_8) + "\n(timed out)");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
