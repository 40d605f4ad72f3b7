package nl.buurtstem.opendata.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    private void awaitReady(Path log, Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(naam + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> res = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (res.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(naam + " not ready within " + within + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
