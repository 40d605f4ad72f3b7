package nl.buurtstem.kiosk;

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
 * Runs the browser suite in src/test/browser (Node + playwright-core driving Debian's Chromium). Installs its npm
 * packages with {@code npm ci} when they are missing. Without Node or Chromium the suite is skipped with a clear
 * message on a developer's machine, and fails on CI (env CI=true), where .ci/run installs them.
 */
final class Browser {

    static final Path SUITE = Path.of("src/test/browser").toAbsolutePath();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {
    }

    static void requireTools() throws Exception {
        String missing = null;
        if (!Files.isExecutable(CHROMIUM)) {
            missing = "Debian's chromium (" + CHROMIUM + ")";
        } else if (run(List.of("node", "--version"), SUITE, Map.of(), 30).exit() != 0) {
            missing = "node";
        }
        if (missing != null) {
            String message = "the browser suite needs " + missing + "; install it with: apt-get install chromium nodejs npm";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        if (!Files.isDirectory(SUITE.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(SUITE.resolve("node_modules/axe-core"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), SUITE, Map.of(), 600);
            if (npm.exit() != 0) {
                fail("npm ci failed in " + SUITE + ":\n" + npm.output());
            }
        }
    }

    record Result(int exit, String output) {
    }

    /** Runs the suite's test file against a running kiosk; its output is kept in {@code artefacts}/browser.log. */
    static Result suite(Map<String, String> env, Path artefacts) throws Exception {
        if (Files.isDirectory(artefacts)) {
            try (var old = Files.walk(artefacts)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(artefacts);
        Result result = run(List.of("node", "--test", "--test-reporter=spec", "kiosk.test.mjs"), SUITE, env, 1500);
        Files.writeString(artefacts.resolve("browser.log"), result.output(), StandardCharsets.UTF_8);
        return result;
    }

    private static Result run(List<String> command, Path dir, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
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
