package nl.buurtstem.opendata.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.buurtstem.testsupport.Await;

/**
 * A load balancer in front of the central nodes: Debian's HAProxy, as a municipality would put it there. It checks
 * /health every half second, takes a node that stopped answering out, and tries a request that found a dead node
 * once more on the other (the kiosk API is idempotent, so a retried batch is counted once).
 */
final class HaProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private HaProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static HaProxy start(Path folder, int port, List<Integer> backends) throws Exception {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < backends.size(); i++) {
            servers.append("  server centrale")
                    .append(i + 1)
                    .append(" 127.0.0.1:")
                    .append(backends.get(i))
                    .append(" check\n");
        }
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                  maxconn 2000
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  retries 2
                  option redispatch
                  retry-on conn-failure empty-response
                  option http-buffer-request
                frontend buurtstem
                  bind 127.0.0.1:%d
                  default_backend centrales
                backend centrales
                  balance roundrobin
                  option httpchk GET /health
                  http-check expect status 200
                  default-server inter 500ms fall 2 rise 2
                %s""".formatted(port, servers));
        Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy.log").toFile())
                .start();
        HaProxy proxy = new HaProxy(process, port);
        proxy.awaitListening(folder.resolve("haproxy.log"));
        return proxy;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening(Path log) throws Exception {
        Await.await(
                "haproxy listening on " + port + " (see " + log + ")",
                () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("haproxy stopped: " + Files.readString(log));
                    }
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                },
                Duration.ofSeconds(20));
    }
}
