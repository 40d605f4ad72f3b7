package nl.buurtstem.kiosk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.testsupport.StartedProcess;

/**
 * A kiosk or central node in its own JVM, started from this test's classpath with its real Main, so the test
 * can pull the plug: {@link #kill9()} is {@code Process.destroyForcibly}, which is SIGKILL on Linux.
 */
final class AparteJvm implements AutoCloseable {

    private final Process process;
    private final int port;

    private AparteJvm(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code mainClass} with {@code args}, output to {@code log}, and waits until /health answers on {@code port}. */
    static AparteJvm start(String mainClass, int port, Path log, String... args) {
        return start(mainClass, port, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), log, args);
    }

    /** As {@link #start(String, int, Path, String...)}, with these JVM flags. */
    static AparteJvm start(String mainClass, int port, List<String> jvmFlags, Path log, String... args) {
        return start(mainClass, port, Map.of(), jvmFlags, Duration.ofSeconds(60), log, args);
    }

    /**
     * As above, with these environment variables (e.g. the launcher's MALLOC_ARENA_MAX), waiting up to {@code patience}
     * for /health (a bench on a busy machine starts slowly).
     */
    static AparteJvm start(
            String mainClass,
            int port,
            Map<String, String> environment,
            List<String> jvmFlags,
            Duration patience,
            Path log,
            String... args) {
        return start(
                mainClass, System.getProperty("java.class.path"), port, environment, jvmFlags, patience, log, args);
    }

    /**
     * As above, on {@code classpath} instead of this test's: a bench runs the kiosk on the release's jars, as a Pi does
     * (a class data archive cannot be written for a classpath with folders of classes in it).
     */
    static AparteJvm start(
            String mainClass,
            String classpath,
            int port,
            Map<String, String> environment,
            List<String> jvmFlags,
            Duration patience,
            Path log,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            AparteJvm jvm = new AparteJvm(process, port);
            jvm.awaitHealthy(log, patience);
            return jvm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    /** A line of the process's /proc status in kB, e.g. VmRSS (resident now) or VmHWM (its peak so far). */
    long kilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no " + field + " for process " + process.pid());
    }

    /** The power strip is switched off: no shutdown hook, no flush, no goodbye. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(TimeUnit.SECONDS.toMillis(10), TimeUnit.MILLISECONDS)) {
                kill9();
            }
        }
    }

    private void awaitHealthy(Path log, Duration patience) {
        StartedProcess.awaitAnswer(process, URI.create(url() + "health"), patience, log);
    }
}
