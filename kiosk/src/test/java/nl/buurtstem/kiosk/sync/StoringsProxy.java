package nl.buurtstem.kiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The buurthuis Wi-Fi, between kiosk and central node: a TCP proxy that, while {@link #chaos(boolean)} is on,
 * refuses connections, delays them, and cuts them in the middle of a request or just after the central node
 * committed and before its answer reached the kiosk. Plain sockets, no HTTP knowledge: it cuts at byte level.
 */
final class StoringsProxy implements AutoCloseable {

    enum Lot {
        DOORLATEN,
        WEIGEREN,
        VERTRAGEN,
        AFKAPPEN_VERZOEK,
        AFKAPPEN_ANTWOORD
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final Random random;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "storingsproxy");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService cutter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storingsproxy-cutter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger[] counts = new AtomicInteger[Lot.values().length];
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean chaos;

    StoringsProxy(int upstreamPort, long seed) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.random = new Random(seed);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new AtomicInteger();
        }
        threads.execute(this::accept);
    }

    String url() {
        return "http://localhost:" + server.getLocalPort() + "/";
    }

    /** Turns trouble on or off; turning it on also drops every open connection, as a Wi-Fi outage would. */
    void chaos(boolean on) {
        chaos = on;
        if (on) {
            open.forEach(StoringsProxy::closeQuietly);
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("connections:");
        for (Lot lot : Lot.values()) {
            s.append(' ').append(lot).append('=').append(count(lot));
        }
        return s.toString();
    }

    /** How many connections the kiosk opened so far, whatever their fate. */
    int connections() {
        int n = 0;
        for (AtomicInteger c : counts) {
            n += c.get();
        }
        return n;
    }

    /** How many connections met this fate. */
    int count(Lot lot) {
        return counts[lot.ordinal()].get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Lot lot = chaos ? Lot.values()[pick()] : Lot.DOORLATEN;
                counts[lot.ordinal()].incrementAndGet();
                threads.execute(() -> serve(client, lot));
                if (chaos) {
                    // Wi-Fi drops: no connection lives long, so a kept-alive one also meets a cut, at any byte.
                    cutter.schedule(() -> closeQuietly(client), 200 + pick(1300), TimeUnit.MILLISECONDS);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private int pick() {
        return pick(Lot.values().length);
    }

    private synchronized int pick(int bound) {
        return random.nextInt(bound);
    }

    private void serve(Socket client, Lot lot) {
        try (client;
                AutoCloseable forget = () -> open.remove(client);
                Socket upstream =
                        lot == Lot.WEIGEREN ? null : new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            if (upstream == null) {
                return;
            }
            int requestBytes = lot == Lot.AFKAPPEN_VERZOEK ? 50 + pick(400) : Integer.MAX_VALUE;
            long delay = lot == Lot.VERTRAGEN ? 300 : 0;
            threads.execute(() -> pump(client, upstream, requestBytes, delay, client, upstream));
            // A cut answer: the request went through whole, the central node committed, the kiosk never hears so.
            int responseBytes = lot == Lot.AFKAPPEN_ANTWOORD ? 0 : Integer.MAX_VALUE;
            pump(upstream, client, responseBytes, delay, client, upstream);
        } catch (Exception gone) {
            // one side hung up; the other learns it when its socket closes
        }
    }

    /** Copies bytes until {@code limit}, then closes both sides (a cut), sleeping {@code delayMs} before each chunk. */
    private static void pump(Socket from, Socket to, int limit, long delayMs, Socket a, Socket b) {
        byte[] buffer = new byte[8192];
        int sent = 0;
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (delayMs > 0) {
                    // The injected fault itself: a slow link delays every chunk.
                    Thread.sleep(delayMs);
                }
                int allowed = Math.min(n, limit - sent);
                if (allowed < n) {
                    if (allowed > 0) {
                        out.write(buffer, 0, allowed);
                        out.flush();
                    }
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
                sent += n;
            }
        } catch (IOException | InterruptedException ended) {
            // closing below
        } finally {
            closeQuietly(a);
            closeQuietly(b);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
        cutter.shutdownNow();
    }
}
