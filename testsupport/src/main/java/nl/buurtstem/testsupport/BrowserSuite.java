package nl.buurtstem.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node test suite that drives Debian's Chromium with playwright-core (a folder under src/test with its own
 * package.json), installing its npm packages with {@code npm ci} when they are missing. Without Chromium or Node it is
 * skipped on a developer's machine with what to install, and fails on CI (env CI=true), where .ci/run installs them.
 */
public final class BrowserSuite {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path folder;

    /** @param folder relative to the module, e.g. "src/test/browser-sparql" */
    public BrowserSuite(String folder) {
        this.folder = Path.of(folder).toAbsolutePath();
    }

    /** Runs {@code node --test} on {@code file} with {@code env} within ten minutes, once the tools are there. */
    public Command.Result run(String file, Map<String, String> env) throws Exception {
        return run(file, env, 600);
    }

    /** As {@link #run(String, Map)}, for a suite that takes longer. */
    public Command.Result run(String file, Map<String, String> env, long timeoutSeconds) throws Exception {
        requireTools();
        return Command.run(List.of("node", "--test", "--test-reporter=spec", file), folder, env, timeoutSeconds);
    }

    /** Skips (or on CI fails) the test when Chromium or Node is missing; installs the suite's npm packages. */
    public void requireTools() throws Exception {
        String missing = null;
        if (!Files.isExecutable(CHROMIUM)) {
            missing = "Debian's chromium (" + CHROMIUM + ")";
        } else if (Command.run(List.of("node", "--version"), folder, Map.of(), 30)
                        .exit()
                != 0) {
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
        // npm writes this file after a complete install; without it the suite's packages are missing or half there.
        if (!Files.exists(folder.resolve("node_modules/.package-lock.json"))) {
            Command.Result npm = Command.run(List.of("npm", "ci", "--no-audit", "--no-fund"), folder, Map.of(), 600);
            if (npm.exit() != 0) {
                fail("npm ci failed in " + folder + ":\n" + npm.output());
            }
        }
    }
}
