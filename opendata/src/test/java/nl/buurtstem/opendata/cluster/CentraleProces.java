package nl.buurtstem.opendata.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.testsupport.StartedProcess;

/**
 * A central node in a JVM of its own, started with its real Main and this test's classpath, so a test can pull its
 * plug: {@link #kill9()} is SIGKILL, with no shutdown hook and no goodbye to the database.
 */
final class CentraleProces implements AutoCloseable {

    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private CentraleProces(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code Main} on {@code port} with {@code args} and waits until it answers /health. */
    static CentraleProces start(int port, Path log, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "nl.buurtstem.opendata.Main",
                "--port",
                Integer.toString(port)));
        command.addAll(args);
        CentraleProces node = new CentraleProces(command, log, port);
        node.startAgain();
        return node;
    }

    /** Starts the node again with the same options and data folder, as after a reboot. */
    void startAgain() {
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a central node", e);
        }
        awaitHealthy();
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    Path log() {
        return log;
    }

    /** The power is cut: SIGKILL, then wait until the process is gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    private void awaitHealthy() {
        StartedProcess.awaitAnswer(process, URI.create(url() + "health"), Duration.ofSeconds(120), log);
    }
}
