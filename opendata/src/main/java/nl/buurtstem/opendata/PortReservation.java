package nl.buurtstem.opendata;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A node's port, held from when the node is built until its server listens on it. The node mints its URIs under its
 * port and then opens its data, which takes seconds on a busy machine: a port only looked up, or one a restarted node
 * had just let go, would meanwhile be free for any other process to take, and the node could not listen where its
 * URIs point.
 */
final class PortReservation implements AutoCloseable {

    /** Another program listens on the port the node was told to use. */
    static final class InUse extends RuntimeException {
        InUse(int port, IOException cause) {
            super("port " + port + " is in use by another program", cause);
        }
    }

    private final ServerSocket socket;

    private PortReservation(ServerSocket socket) {
        this.socket = socket;
    }

    /** Holds {@code port} (0: any free one): no other program can bind it until {@link #close}. */
    static PortReservation of(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            // Allowed beside the closing connections of a node that just stopped on this port, not beside a listener.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return new PortReservation(socket);
        } catch (IOException e) {
            if (socket != null) {
                close(socket);
            }
            throw new InUse(port, e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Lets the port go, for the node's own server to listen on it at once. */
    @Override
    public void close() {
        close(socket);
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // letting go of a port that served no connection cannot lose anything
        }
    }
}
