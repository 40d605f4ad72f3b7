package nl.buurtstem.kiosk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads and drops what is left of a refused request's body before the answer goes out. Jetty closes a kept-alive
 * connection whose request body is still unread; a client that sent the body a moment after the headers (a kiosk's
 * sync, most HTTP libraries) then has its next request on that connection fail without an answer.
 */
final class UnreadBody {

    // A client sending more than this after a refusal is not waited for; it is told to open a new connection.
    private static final long MAX_BYTES = 1 << 20;

    private UnreadBody() {}

    static void discard(HttpServletRequest req, HttpServletResponse res) {
        try {
            if (req.getInputStream().skip(MAX_BYTES) >= MAX_BYTES) {
                res.setHeader("Connection", "close");
            }
        } catch (IOException | IllegalStateException e) {
            // The body went another way (a reader, a broken connection): nothing left to keep the connection for.
            res.setHeader("Connection", "close");
        }
    }
}
