package nl.buurtstem.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A free port chosen before the node starts, and held until its server takes it over. The node mints its URIs under
 * its port, so it must know the port before it opens its data; that takes seconds on a busy machine, and a port only
 * looked up would meanwhile be free for any other process to take.
 */
final class PortReservation implements AutoCloseable {

    private final ServerSocket socket;

    private PortReservation(ServerSocket socket) {
        this.socket = socket;
    }

    static PortReservation any() {
        try {
            return new PortReservation(new ServerSocket(0));
        } catch (IOException e) {
            throw new UncheckedIOException("no free port to listen on", e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Lets the port go, for the node's own server to listen on it at once. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
