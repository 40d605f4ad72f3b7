package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtstem.testsupport.Command;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node test suite that drives Debian's Chromium with playwright-core (a folder under src/test with its own
 * package.json). Without Chromium or Node it is skipped locally with a message, and fails on CI (env CI=true).
 */
public final class BrowserSuite {

    private final Path folder;

    /** @param folder relative to the module, e.g. "src/test/browser-sparql" */
    public BrowserSuite(String folder) {
        this.folder = Path.of(folder).toAbsolutePath();
    }

    /** The suite's exit code and everything it printed. */
    public record Result(int exit, String output) {}

    /** Runs {@code node --test} on {@code file} with {@code env}, after making sure the tools are there. */
    public Result run(String file, Map<String, String> env) throws Exception {
        requireTools();
        return run(List.of("node", "--test", "--test-reporter=spec", file), env, 600);
    }

    private void requireTools() throws Exception {
        String missing = null;
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            missing = "Debian's chromium (/usr/bin/chromium)";
        } else if (run(List.of("node", "--version"), Map.of(), 30).exit() != 0) {
            missing = "node";
        }
        if (missing != null) {
            String message = "the browser suite in " + folder.getFileName() + " needs " + missing
                    + "; install it with: apt-get install chromium nodejs npm";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        if (!Files.isDirectory(folder.resolve("node_modules/playwright-core"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
            if (npm.exit() != 0) {
                fail("npm ci failed in " + folder + ":\n" + npm.output());
            }
        }
    }

    private Result run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        Command.Result r = Command.run(command, folder, env, timeoutSeconds);
        return new Result(r.exit(), r.output());
    }
}
