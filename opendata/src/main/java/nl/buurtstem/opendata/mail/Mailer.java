package nl.buurtstem.opendata.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import nl.buurtstem.opendata.hartslag.FleetSettings;

/**
 * Sends mail through the municipality's SMTP relay, spoken over a plain JDK socket: the node's mails are a text and at
 * most one attachment, not worth a mail library. Port 465 is SMTPS; on any other port the connection is upgraded with
 * STARTTLS when the server offers it. Either way the server's certificate must be valid for the configured host name
 * (as a browser checks a web site), and the password is never sent over a connection that is not encrypted that way.
 * The alarms and the wijkupdate's monthly mail both send through it.
 */
public final class Mailer {

    private static final int TIMEOUT_MS = 10_000;
    private final FleetSettings.Smtp smtp;
    private final SSLSocketFactory tls;

    public Mailer(FleetSettings.Smtp smtp) {
        this(smtp, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls whose trust decides which certificates are valid (the JDK's trusted authorities by default) */
    public Mailer(FleetSettings.Smtp smtp, SSLSocketFactory tls) {
        this.smtp = smtp;
        this.tls = tls;
    }

    /** Delivers {@code b} to the relay, from the configured sender address; throws {@link MailFout} when refused. */
    public void send(Bericht b) throws MailFout {
        Socket socket = null;
        try {
            socket = connect();
            Conversation c = new Conversation(socket);
            c.expect(220);
            String features = c.command("EHLO buurtstem", 250);
            if (!(socket instanceof SSLSocket) && features.contains("STARTTLS")) {
                c.command("STARTTLS", 220);
                socket = verified((SSLSocket) tls.createSocket(socket, smtp.host(), smtp.port(), true));
                c = new Conversation(socket);
                c.command("EHLO buurtstem", 250);
            }
            if (smtp.user() != null && !smtp.user().isBlank()) {
                if (!(socket instanceof SSLSocket)) {
                    throw new IOException("the mail server " + smtp.host()
                            + " offers no STARTTLS: the mail password is not sent over an unencrypted connection");
                }
                String plain = Base64.getEncoder()
                        .encodeToString(("\0" + smtp.user() + "\0" + smtp.password()).getBytes(StandardCharsets.UTF_8));
                c.command("AUTH PLAIN " + plain, 235);
            }
            c.command("MAIL FROM:<" + smtp.from() + ">", 250);
            for (String to : b.aan()) {
                c.command("RCPT TO:<" + to + ">", 250);
            }
            c.command("DATA", 354);
            String mime = b.mime(smtp.from(), ZonedDateTime.now());
            StringBuilder data = new StringBuilder();
            for (String line : mime.substring(0, mime.length() - 2).split("\r\n", -1)) {
                // Dot-stuffing: a line starting with "." would otherwise end the message early.
                data.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
            }
            c.write(data.toString());
            c.command(".", 250);
            c.command("QUIT", 221);
        } catch (MailFout e) {
            throw e;
        } catch (IOException e) {
            throw new MailFout(e.getMessage(), e);
        } finally {
            close(socket);
        }
    }

    private static void close(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // delivered or failed already; nothing left to say to this server
        }
    }

    private Socket connect() throws IOException {
        Socket socket = smtp.port() == 465 ? tls.createSocket() : new Socket();
        try {
            socket.connect(new InetSocketAddress(smtp.host(), smtp.port()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            return socket instanceof SSLSocket ssl ? verified(ssl) : socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Shakes hands, checking that the certificate is valid for the configured host name; fails otherwise. */
    private SSLSocket verified(SSLSocket socket) throws IOException {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!smtp.host().matches("[0-9.:\\[\\]]+")) {
            parameters.setServerNames(List.of(new SNIHostName(smtp.host())));
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.startHandshake();
        return socket;
    }

    /** Lines to and from the server over one socket (a new one after STARTTLS). */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            this.out = socket.getOutputStream();
        }

        /** Sends {@code line}, expects {@code expected}; returns the whole reply (e.g. the EHLO features). */
        String command(String line, int expected) throws IOException {
            write(line + "\r\n");
            return expect(expected);
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String expect(int code) throws IOException {
            StringBuilder reply = new StringBuilder();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new MailFout("the mail server closed the connection", 0);
                }
                reply.append(line).append('\n');
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (!line.startsWith(Integer.toString(code))) {
                // The server's reply may quote our command (an address, the password): only the code is kept.
                String answered = line.substring(0, Math.min(3, line.length()));
                throw new MailFout(
                        "the mail server answered " + answered + " where " + code + " was expected",
                        answered.matches("\\d{3}") ? Integer.parseInt(answered) : 0);
            }
            return reply.toString();
        }
    }
}
