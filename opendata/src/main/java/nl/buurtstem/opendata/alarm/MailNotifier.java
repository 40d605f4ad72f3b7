package nl.buurtstem.opendata.alarm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLSocketFactory;
import nl.buurtstem.opendata.hartslag.FleetSettings;

/**
 * Mails alerts through the municipality's SMTP relay, spoken over a plain JDK socket (SMTPS on port 465):
 * an alert mail is a few lines of text, not worth a mail library.
 */
final class MailNotifier implements AlarmNotifier {

    private static final int TIMEOUT_MS = 10_000;
    private final FleetSettings.Smtp smtp;

    MailNotifier(FleetSettings.Smtp smtp) {
        this.smtp = smtp;
    }

    @Override
    public String kanaal() {
        return "mail";
    }

    @Override
    public String send(AlarmMelding m) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(TIMEOUT_MS);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, 220);
            command(out, in, "EHLO buurtstem", 250);
            if (smtp.user() != null && !smtp.user().isBlank()) {
                String plain = Base64.getEncoder()
                        .encodeToString(("\0" + smtp.user() + "\0" + smtp.password()).getBytes(StandardCharsets.UTF_8));
                command(out, in, "AUTH PLAIN " + plain, 235);
            }
            command(out, in, "MAIL FROM:<" + smtp.from() + ">", 250);
            for (String to : smtp.to()) {
                command(out, in, "RCPT TO:<" + to + ">", 250);
            }
            command(out, in, "DATA", 354);
            write(out, message(m));
            command(out, in, ".", 250);
            command(out, in, "QUIT", 221);
        }
        return "mail to " + smtp.to().size() + " recipient(s)";
    }

    private Socket connect() throws IOException {
        Socket socket = smtp.port() == 465 ? SSLSocketFactory.getDefault().createSocket() : new Socket();
        socket.connect(new InetSocketAddress(smtp.host(), smtp.port()), TIMEOUT_MS);
        return socket;
    }

    private String message(AlarmMelding m) {
        StringBuilder text = new StringBuilder();
        text.append("From: Buurtstem kiosks <").append(smtp.from()).append(">\r\n");
        text.append("To: ").append(String.join(", ", smtp.to())).append("\r\n");
        text.append("Subject: =?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(m.onderwerp().getBytes(StandardCharsets.UTF_8)))
                .append("?=\r\n");
        text.append("Date: ")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()))
                .append("\r\n");
        text.append("Message-ID: <").append(UUID.randomUUID()).append("@buurtstem>\r\n");
        text.append(
                "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        for (String line : m.tekst().split("\n")) {
            // Dot-stuffing: a line starting with "." would otherwise end the message early.
            text.append(line.startsWith(".") ? "." + line : line).append("\r\n");
        }
        return text.toString();
    }

    private static void command(OutputStream out, BufferedReader in, String line, int expected) throws IOException {
        write(out, line + "\r\n");
        expect(in, expected);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void expect(BufferedReader in, int code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the mail server closed the connection");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(Integer.toString(code))) {
            // The server's reply may quote our command; AUTH lines carry the password, so only the code is kept.
            throw new IOException("the mail server answered " + line.substring(0, Math.min(3, line.length()))
                    + " where " + code + " was expected");
        }
    }
}
