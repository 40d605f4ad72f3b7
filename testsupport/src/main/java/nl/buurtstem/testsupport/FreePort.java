package nl.buurtstem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A port nothing listens on right now, for a process the test starts that cannot take port 0 itself (another JVM,
 * PostgreSQL, HAProxy, a VM). A server in this JVM should listen on port 0 instead.
 */
public final class FreePort {

    private FreePort() {}

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
