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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        /** The value of the first header line {@code naam}, or "". */
        public String header(String naam) {
            return data.lines()
                    .takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.regionMatches(true, 0, naam + ": ", 0, naam.length() + 2))
                    .findFirst()
                    .map(l -> l.substring(naam.length() + 2))
                    .orElse("");
        }

        /** The text a mail program shows: the text/plain part. */
        public String tekst() {
            return new String(deel("text/plain"), StandardCharsets.UTF_8);
        }

        /**
         * The body of the first MIME part whose Content-Type starts with {@code type} (base64 decoded when so sent),
         * as a mail program reads a multipart/mixed message; the whole body of a single-part one of that type.
         */
        public byte[] deel(String type) {
            Matcher grens = GRENS.matcher(header("Content-Type"));
            boolean meerdelig = grens.find();
            List<String> delen =
                    meerdelig ? List.of(data.split("\n--" + Pattern.quote(grens.group(1)))) : List.of(data);
            for (String deel : delen.subList(meerdelig ? 1 : 0, delen.size())) {
                int leeg = deel.indexOf("\n\n");
                String koppen = deel.substring(0, Math.max(leeg, 0)).toLowerCase(Locale.ROOT);
                if (leeg < 0 || !koppen.contains("content-type: " + type)) {
                    continue;
                }
                String body = deel.substring(leeg + 2);
                return koppen.contains("content-transfer-encoding: base64")
                        ? Base64.getMimeDecoder().decode(body)
                        : body.getBytes(StandardCharsets.UTF_8);
            }
            throw new AssertionError("no " + type + " part in the mail:\n" + data);
        }
    }

    private static final Pattern GRENS = Pattern.compile("boundary=\"([^\"]+)\"");

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final Set<String> weigert = ConcurrentHashMap.newKeySet();

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

    /** The mails delivered to {@code adres}. */
    public List<Mail> aan(String adres) {
        return mails.stream().filter(m -> m.to().contains(adres)).toList();
    }

    /** From now on refuses {@code adres} as a relay does an unknown mailbox (550), until {@link #neemAan}. */
    public void weiger(String adres) {
        weigert.add(adres);
    }

    public void neemAan(String adres) {
        weigert.remove(adres);
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
                String adres = line.substring(8).replaceAll("[<>]", "");
                if (weigert.contains(adres)) {
                    say(out, "550 no such mailbox");
                    continue;
                }
                to.add(adres);
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
