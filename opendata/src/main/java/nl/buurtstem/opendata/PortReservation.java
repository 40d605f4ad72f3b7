package nl.buurtstem.opendata;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A node's port, held while the node is not listening on it yet. The node mints its URIs under its port and then opens
 * its data, which takes seconds on a busy machine: a port only looked up, or one a restarted node had just let go,
 * would meanwhile be free for any other process to take, and the node could not listen where its URIs point.
 */
public final class PortReservation implements AutoCloseable {

    /** Another program listens on the port the node was told to use. */
    public static final class InUse extends RuntimeException {
        InUse(int port, IOException cause) {
            super("port " + port + " is in use by another program", cause);
        }
    }

    private final Closeable holder;
    private final int port;

    private PortReservation(Closeable holder, int port) {
        this.holder = holder;
        this.port = port;
    }

    /**
     * Holds {@code port} (0: any free one) from when the node is built until its server takes it over: no other
     * program can bind it meanwhile.
     */
    public static PortReservation of(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            // Allowed beside the closing connections of a node that just stopped on this port, not beside a listener.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return new PortReservation(socket, socket.getLocalPort());
        } catch (IOException e) {
            close(socket);
            throw new InUse(port, e);
        }
    }

    /**
     * Holds the port of a node that is down on purpose (a test's outage), until it starts there again: a connection to
     * it is refused as to any stopped server, and the system gives the port to no one who asks for a free one or
     * connects out. Bound, it does not listen.
     */
    public static PortReservation whileDown(int port) {
        Socket socket = new Socket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return new PortReservation(socket, port);
        } catch (IOException e) {
            close(socket);
            throw new InUse(port, e);
        }
    }

    public int port() {
        return port;
    }

    /** Lets the port go, for the node's own server to listen on it at once. */
    @Override
    public void close() {
        close(holder);
    }

    private static void close(Closeable socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // letting go of a port that served no connection cannot lose anything
        }
    }
}
