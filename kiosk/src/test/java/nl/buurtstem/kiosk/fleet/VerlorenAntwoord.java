package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The buurthuis Wi-Fi between kiosk and central node, dropping one answer: the first reply that mentions
 * {@code marker} is cut off before the kiosk has it whole, after the central node handled the request, as when the
 * kiosk's HTTP client gives up on a loaded machine or the Wi-Fi drops. Everything else passes untouched.
 */
final class VerlorenAntwoord implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final byte[] marker;
    private final AtomicInteger dropped = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "verloren-antwoord");
        t.setDaemon(true);
        return t;
    });

    VerlorenAntwoord(int upstreamPort, String marker) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.marker = marker.getBytes(StandardCharsets.UTF_8);
        threads.execute(this::accept);
    }

    String url() {
        return "http://localhost:" + server.getLocalPort() + "/";
    }

    /** How many replies were lost: at most one. */
    int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client;
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            threads.execute(() -> copy(client, upstream));
            InputStream in = upstream.getInputStream();
            OutputStream out = client.getOutputStream();
            // The end of the previous read is kept before the next one, so a marker split across two reads is found.
            int keep = marker.length - 1;
            byte[] buffer = new byte[keep + 65536];
            int kept = 0;
            int n;
            while ((n = in.read(buffer, kept, buffer.length - kept)) >= 0) {
                if (contains(buffer, kept + n) && dropped.compareAndSet(0, 1)) {
                    return;
                }
                out.write(buffer, kept, n);
                out.flush();
                int tail = Math.min(keep, kept + n);
                System.arraycopy(buffer, kept + n - tail, buffer, 0, tail);
                kept = tail;
            }
        } catch (IOException gone) {
            // one side hung up; closing both ends the exchange
        }
    }

    private boolean contains(byte[] buffer, int length) {
        outer:
        for (int i = 0; i + marker.length <= length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (buffer[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException ended) {
            // the exchange is over
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
