package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs Prometheus' own linter ({@code promtool check metrics}, Debian package prometheus) over an exposition. */
public final class Promtool {

    private Promtool() {}

    public static void check(String exposition) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/promtool"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have promtool (Debian package prometheus, see .ci/apt-packages)");
        }
        Assumptions.assumeTrue(present, "skipped locally: promtool is missing (apt-get install prometheus)");
        Process p = new ProcessBuilder("/usr/bin/promtool", "check", "metrics")
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "promtool check metrics complained:\n" + out);
    }
}
