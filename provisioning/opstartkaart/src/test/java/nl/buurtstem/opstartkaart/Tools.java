package nl.buurtstem.opstartkaart;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Debian tools the card is checked with (cloud-init, shellcheck, systemd-analyze, jq, openssl).
 * A developer without one sees the test skipped with what to install; in CI (CI=true) a missing tool fails,
 * so a green CI always means the check ran. CI installs them from .ci/apt-packages.
 */
public final class Tools {

    private Tools() {}

    public static void require(String... tools) {
        for (String tool : tools) {
            boolean found = Arrays.stream(path().split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
            String message = tool + " is not installed; apt-get install the packages in .ci/apt-packages";
            if (!found && "true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(found, message);
        }
    }

    /** What a finished command said. */
    public record Result(int exit, String output) {}

    public static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", path());
        builder.environment().putAll(env);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** This process's PATH plus the system folders (useradd, chroot) that a non-login shell may leave out. */
    public static String path() {
        String path = System.getenv("PATH") == null ? "/usr/bin:/bin" : System.getenv("PATH");
        return path + ":/usr/sbin:/sbin";
    }

    public static Result run(String... command) throws IOException, InterruptedException {
        return run(List.of(command), Map.of(), null);
    }
}
