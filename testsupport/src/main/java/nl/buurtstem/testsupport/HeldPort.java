package nl.buurtstem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The port of a server a test took down on purpose (a central node's outage, a virtual Pi between two starts), kept
 * from other processes until the server listens there again. Bound but not listening: a connection to it is refused
 * as to any stopped server, and the system gives the port to no one who asks for a free one or connects out. Without
 * it, a busy machine hands the port to someone else during the minutes a story waits, and the server cannot return.
 */
public final class HeldPort implements AutoCloseable {

    private final Socket socket;

    private HeldPort(Socket socket) {
        this.socket = socket;
    }

    public static HeldPort hold(int port) {
        Socket socket = new Socket();
        try {
            // Allowed beside the closing connections of the server that just stopped there, not beside a listener.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return new HeldPort(socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // it never held anything
            }
            throw new UncheckedIOException("port " + port + " could not be held: another process has it", e);
        }
    }

    /** Lets the port go, for the server to listen on it at once. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
