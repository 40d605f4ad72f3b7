package nl.buurtstem.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real SMTP listener on localhost: speaks enough RFC 5321 to accept mail, and keeps each message's text. */
public final class SmtpOntvanger implements AutoCloseable {

    /** One accepted message: envelope and the DATA text. */
    public record Mail(String from, List<String> to, String data) {
        public String subject() {
            return data.lines()
                    .filter(l -> l.startsWith("Subject: "))
                    .findFirst()
                    .map(SmtpOntvanger::decode)
                    .orElse("");
        }
    }

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public SmtpOntvanger() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "smtp-ontvanger");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Mail> mails() {
        return List.copyOf(mails);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                conversation(s);
            } catch (IOException e) {
                // closed, or a client hung up: wait for the next one
            }
        }
    }

    private void conversation(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        say(out, "220 localhost test SMTP");
        String from = null;
        List<String> to = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                say(out, "250-localhost\r\n250 8BITMIME");
            } else if (upper.startsWith("MAIL FROM:")) {
                from = line.substring(10).replaceAll("[<>]", "");
                say(out, "250 ok");
            } else if (upper.startsWith("RCPT TO:")) {
                to.add(line.substring(8).replaceAll("[<>]", ""));
                say(out, "250 ok");
            } else if (upper.equals("DATA")) {
                say(out, "354 end with .");
                StringBuilder data = new StringBuilder();
                while (!(line = in.readLine()).equals(".")) {
                    data.append(line.startsWith("..") ? line.substring(1) : line)
                            .append('\n');
                }
                mails.add(new Mail(from, List.copyOf(to), data.toString()));
                say(out, "250 queued");
            } else if (upper.equals("QUIT")) {
                say(out, "221 bye");
                return;
            } else {
                say(out, "502 not here");
            }
        }
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String decode(String header) {
        String value = header.substring("Subject: ".length());
        if (value.startsWith("=?UTF-8?B?") && value.endsWith("?=")) {
            return new String(
                    Base64.getDecoder().decode(value.substring(10, value.length() - 2)), StandardCharsets.UTF_8);
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
