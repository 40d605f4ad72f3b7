package nl.buurtstem.opendata.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.kiosk.Kiosk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alert mail goes only to the mail server that was configured: over STARTTLS and SMTPS the server must show a
 * certificate valid for that host name, as a browser checks a web site. A server with someone else's certificate
 * (trusted, but for another name) gets no mail, and the mail password never goes over an unencrypted connection.
 * Real TLS on localhost, with certificates made by the JDK's keytool.
 */
@Tag("slow")
class MailserverMoetZichBewijzenTest {

    @TempDir
    static Path keys;

    private static SSLContext goed;
    private static SSLContext vanEenAnder;
    private static SSLContext vertrouwtBeide;

    @BeforeAll
    static void certificaten() throws Exception {
        KeyStore localhost = keypair("goed", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1,ip:127.0.0.2");
        KeyStore elders = keypair("ander", "CN=mail.elders.example", "SAN=dns:mail.elders.example");
        goed = server(localhost);
        vanEenAnder = server(elders);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("goed", localhost.getCertificate("goed"));
        trust.setCertificateEntry("ander", elders.getCertificate("ander"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        vertrouwtBeide = SSLContext.getInstance("TLS");
        vertrouwtBeide.init(null, tmf.getTrustManagers(), null);
    }

    @Test
    void starttls_to_a_server_with_a_certificate_for_its_name_delivers() throws Exception {
        try (Server server = Server.starttls(goed)) {
            notifier("localhost", server.port(), "kiosks", "wachtwoord-van-de-relay")
                    .send(melding());

            assertEquals(1, server.mails.size());
            assertTrue(server.afterTls.stream().anyMatch(l -> l.startsWith("AUTH PLAIN")), server.afterTls.toString());
        }
    }

    @Test
    void starttls_to_a_server_with_a_certificate_for_another_name_sends_nothing() throws Exception {
        try (Server server = Server.starttls(vanEenAnder)) {
            MailNotifier notifier = notifier("localhost", server.port(), "kiosks", "wachtwoord-van-de-relay");

            assertThrows(IOException.class, () -> notifier.send(melding()));
            assertEquals(List.of(), server.mails);
            assertTrue(server.afterTls.isEmpty(), server.afterTls.toString());
        }
    }

    @Test
    void the_password_never_goes_over_a_connection_without_tls() throws Exception {
        try (Server server = Server.plain()) {
            MailNotifier notifier = notifier("localhost", server.port(), "kiosks", "wachtwoord-van-de-relay");

            IOException refused = assertThrows(IOException.class, () -> notifier.send(melding()));
            assertTrue(refused.getMessage().contains("STARTTLS"), refused.getMessage());
            assertTrue(server.plainLines.stream().noneMatch(l -> l.startsWith("AUTH")), server.plainLines.toString());
            assertEquals(List.of(), server.mails);
        }
    }

    @Test
    void smtps_on_port_465_checks_the_host_name_too() throws Exception {
        try (Server rechts = Server.smtps(goed, "127.0.0.1");
                Server verkeerd = Server.smtps(vanEenAnder, "127.0.0.2")) {
            notifier("127.0.0.1", 465, null, null).send(melding());
            assertThrows(
                    IOException.class,
                    () -> notifier("127.0.0.2", 465, null, null).send(melding()));

            assertEquals(1, rechts.mails.size());
            assertEquals(List.of(), verkeerd.mails);
        }
    }

    private static MailNotifier notifier(String host, int port, String user, String password) {
        return new MailNotifier(
                new FleetSettings.Smtp(
                        host, port, "kiosks@zwolle.example", List.of("beheer@zwolle.example"), user, password),
                vertrouwtBeide.getSocketFactory());
    }

    private static AlarmMelding melding() {
        return new AlarmMelding(
                new Alarm(1, "k-1", "offline", "Kiosk offline", "antwoordt niet", Instant.now(), null, null, null),
                new Kiosk("k-1", "Buurthuis De Kroon", "De Kroon", "WK019311", true, null, null, 0, null, Map.of()),
                false,
                "http://localhost/beheer/kiosks/");
    }

    private static KeyStore keypair(String alias, String dname, String san) throws Exception {
        Path file = keys.resolve(alias + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        alias,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        dname,
                        "-ext",
                        san,
                        "-validity",
                        "2",
                        "-keystore",
                        file.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "geheim",
                        "-keypass",
                        "geheim")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, "geheim".toCharArray());
        }
        return store;
    }

    private static SSLContext server(KeyStore store) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "geheim".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /** A mail server on localhost: plain, plain with STARTTLS, or SMTPS; keeps what it was told and the mails. */
    private static final class Server implements AutoCloseable {
        final List<String> plainLines = new CopyOnWriteArrayList<>();
        final List<String> afterTls = new CopyOnWriteArrayList<>();
        final List<String> mails = new CopyOnWriteArrayList<>();
        private final ServerSocket socket;
        private final SSLContext tls;
        private final boolean implicit;
        private final Thread thread;

        private Server(ServerSocket socket, SSLContext tls, boolean implicit) {
            this.socket = socket;
            this.tls = tls;
            this.implicit = implicit;
            this.thread = new Thread(this::serve, "test-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        static Server plain() throws IOException {
            return new Server(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), null, false);
        }

        static Server starttls(SSLContext tls) throws IOException {
            return new Server(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), tls, false);
        }

        static Server smtps(SSLContext tls, String address) throws IOException {
            SSLServerSocket s;
            try {
                s = (SSLServerSocket)
                        tls.getServerSocketFactory().createServerSocket(465, 5, InetAddress.getByName(address));
            } catch (IOException noPrivilegedPort) {
                Assumptions.abort("port 465 on " + address + " cannot be opened here: " + noPrivilegedPort);
                throw noPrivilegedPort;
            }
            return new Server(s, tls, true);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    s.setSoTimeout(10_000);
                    if (implicit) {
                        conversation(s, afterTls, true);
                    } else {
                        conversation(s, plainLines, false);
                    }
                } catch (IOException e) {
                    // a client that gave up on our certificate, or the server closing
                }
            }
        }

        private void conversation(Socket s, List<String> lines, boolean secure) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            if (lines == plainLines || implicit) {
                say(out, "220 localhost test SMTP");
            }
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    say(out, !secure && tls != null ? "250-localhost\r\n250 STARTTLS" : "250 localhost");
                } else if (upper.equals("STARTTLS") && !secure && tls != null) {
                    say(out, "220 go ahead");
                    SSLSocket upgraded = (SSLSocket) tls.getSocketFactory().createSocket(s, null, s.getPort(), true);
                    upgraded.setUseClientMode(false);
                    upgraded.startHandshake();
                    conversation(upgraded, afterTls, true);
                    return;
                } else if (upper.startsWith("AUTH")) {
                    say(out, "235 ok");
                } else if (upper.equals("DATA")) {
                    say(out, "354 end with .");
                    StringBuilder data = new StringBuilder();
                    while (!(line = in.readLine()).equals(".")) {
                        data.append(line).append('\n');
                    }
                    mails.add(data.toString());
                    say(out, "250 queued");
                } else if (upper.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 ok");
                }
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
