package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
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
