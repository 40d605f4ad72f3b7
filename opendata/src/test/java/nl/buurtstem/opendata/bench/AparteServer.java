package nl.buurtstem.opendata.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.testsupport.StartedProcess;

/**
 * A SPARQL server in its own JVM (ours or Fuseki's standalone server), started with the given flags, ready once its
 * endpoint answers an ASK. Neither side shares a heap, a JIT or a garbage collector with the bench's client.
 */
final class AparteServer implements AutoCloseable {

    final String naam;
    final String endpoint;
    private final Process process;

    private AparteServer(String naam, String endpoint, Process process) {
        this.naam = naam;
        this.endpoint = endpoint;
        this.process = process;
    }

    static AparteServer start(String naam, String endpoint, List<String> jvmFlags, List<String> rest, Path log)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(rest);
        Process process = new ProcessBuilder(command)
                .directory(log.getParent().toFile()) // Fuseki writes its run/ folder where it starts
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        AparteServer server = new AparteServer(naam, endpoint, process);
        server.awaitReady(log, Duration.ofMinutes(15));
        return server;
    }

    private void awaitReady(Path log, Duration within) {
        StartedProcess.awaitAnswer(
                process,
                HttpRequest.newBuilder(
                                URI.create(endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                within,
                log);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server's process has used so far (all its threads, user and system), in seconds. */
    double cpuSeconds() {
        return process.toHandle()
                        .info()
                        .totalCpuDuration()
                        .orElseThrow(() -> new IllegalStateException("this OS does not tell a process's CPU time"))
                        .toNanos()
                / 1e9;
    }

    /**
     * Waits until the server has used less than a tenth of a core over two seconds: the central node goes on with
     * its start (the dumps of every dataset are checked, or written) after its endpoint first answers, and a
     * measurement taken meanwhile shares the cores with that work. Answers the seconds waited.
     */
    double awaitIdle(Duration within) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        double before = cpuSeconds();
        while (true) {
            Thread.sleep(2000);
            double now = cpuSeconds();
            if (now - before < 0.2) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(naam + " still busy after " + within + ": see its log");
            }
            before = now;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
