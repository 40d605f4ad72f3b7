package nl.buurtstem.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.buurtstem.testsupport.BrowserSuite;
import nl.buurtstem.testsupport.Command;

/**
 * A Node browser suite under src/test (Node + playwright-core driving Debian's Chromium). Installs its npm
 * packages with {@code npm ci} when they are missing. Without Node or Chromium the suite is skipped with a clear
 * message on a developer's machine, and fails on CI (env CI=true), where .ci/run installs them.
 */
public final class Browser {

    /** The resident's screens at three sizes, with axe-core. */
    static final Browser KIOSK = new Browser(Path.of("src/test/browser"), "kiosk.test.mjs", 1500);
    /** The personas' walks in six languages at three sizes, with the read-aloud recorded by espeak-ng. */
    static final Browser WANDELINGEN = new Browser(Path.of("src/test/browser"), "wandelingen.test.mjs", 1800);
    /** "Wat er gebeurde" at 800x480 in six languages, with axe-core and screenshots. */
    public static final Browser GEBEURD = new Browser(Path.of("src/test/browser"), "gebeurd.test.mjs", 600);
    /** The whole loop: an idea on one kiosk, staff pages, the answer in her language on another kiosk. */
    public static final Browser KRINGLOOP = new Browser(Path.of("src/test/browser"), "kringloop.test.mjs", 600);
    /** A wijk's gebiedsagenda from the staff's pages to a resident's Arabic, and back to Dutch where it changed. */
    public static final Browser GEBIEDSAGENDA = new Browser(Path.of("src/test/browser"), "gebiedsagenda.test.mjs", 600);
    /** The host's PIN-protected hardware check screen. */
    public static final Browser HOST_CHECK = new Browser(Path.of("src/test/host-browser"), "controle.test.mjs", 600);

    private final BrowserSuite suite;
    private final String testFile;
    private final long timeoutSeconds;

    private Browser(Path suite, String testFile, long timeoutSeconds) {
        this.suite = new BrowserSuite(suite.toString());
        this.testFile = testFile;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Skips (or on CI fails) the story before it starts anything, when Chromium or Node is missing. */
    public void requireTools() throws Exception {
        suite.requireTools();
    }

    /**
     * Runs a resident's suite against a kiosk, with the demo's stemcodes to vote with, and fails the test when the
     * suite fails. Returns the folder in the build directory ({@code target/<folder>}) with its log and screenshots.
     */
    public Path runAgainst(KioskNode kiosk, List<String> stemcodes, String folder) throws Exception {
        Path artefacts = artefacts(folder);
        Command.Result result = run(
                Map.of(
                        "KIOSK_URL",
                        kiosk.url(),
                        "ARTEFACTS",
                        artefacts.toString(),
                        "STEMCODES",
                        String.join(",", stemcodes)),
                artefacts);
        System.out.println(result.output());
        assertEquals(0, result.exit(), testFile + " failed; see " + artefacts.resolve("browser.log"));
        return artefacts;
    }

    /** A folder in the build directory ({@code target/<folder>}) for a suite's log and screenshots. */
    public static Path artefacts(String folder) throws Exception {
        return Path.of(Browser.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent()
                .resolve(folder);
    }

    /** Runs the suite's test file; {@code artefacts} is emptied first and then holds its browser.log. */
    public Command.Result run(Map<String, String> env, Path artefacts) throws Exception {
        if (Files.isDirectory(artefacts)) {
            try (var old = Files.walk(artefacts)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(artefacts);
        Command.Result result = suite.run(testFile, env, timeoutSeconds);
        Files.writeString(artefacts.resolve("browser.log"), result.output(), StandardCharsets.UTF_8);
        return result;
    }
}
