package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection, written by hand, for what client libraries hide: a body that arrives a moment
 * after its headers (as Java's HttpClient and many others send it), then the next request on the same connection.
 */
public final class RauweVerbinding implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    public RauweVerbinding(String url) throws IOException {
        URI uri = URI.create(url);
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(5000);
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** Sends the headers, waits, sends the body; answers the response's status line. */
    public String postMetLateBody(String path, String contentType, String body, Duration wait) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        write("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + bytes.length + "\r\n\r\n");
        // The slow client itself (headers now, body later): the delay is what the test is about, not a wait.
        Thread.sleep(wait.toMillis());
        out.write(bytes);
        out.flush();
        return readResponse();
    }

    public String get(String pathAndQuery, String accept) throws Exception {
        write("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\n\r\n");
        return readResponse();
    }

    private void write(String head) throws IOException {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The status line of one response, after reading its headers and its Content-Length body. */
    private String readResponse() throws IOException {
        String status = in.readLine();
        assertNotNull(status, "the server closed the connection without an answer");
        int length = 0;
        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        assertEquals(length, in.skip(length), "the whole body");
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
