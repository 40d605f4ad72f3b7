package nl.buurtstem.kiosk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import nl.buurtstem.hardware.GpioPlatform;
import nl.buurtstem.kiosk.KioskConfig;
import nl.buurtstem.kiosk.KioskNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone on the buurthuis network finds the kiosk's address: by default the kiosk app listens on the loopback
 * address only, so they cannot post answers or guess stemcodes; the kiosk's own browser still reaches it.
 */
class BuurtgenootBereiktKioskNietTest {

    @TempDir
    Path data;

    @Test
    void the_kiosk_is_not_reachable_on_the_network_address_by_default() throws Exception {
        InetAddress lan = networkAddress().orElse(null);
        assumeTrue(lan != null, "this machine has no network address besides loopback");
        KioskNode kiosk = kiosk().build().start();
        try {
            assertEquals(200, status("http://localhost:" + kiosk.port() + "/health"), "the screen's browser gets in");
            assertThrows(IOException.class, () -> connect(lan, kiosk.port()), "the neighbour's laptop does not");
        } finally {
            kiosk.stop();
        }
    }

    @Test
    void an_option_opens_it_to_the_network() throws Exception {
        InetAddress lan = networkAddress().orElse(null);
        assumeTrue(lan != null, "this machine has no network address besides loopback");
        KioskNode kiosk = kiosk().host("0.0.0.0").build().start();
        try {
            connect(lan, kiosk.port());
        } finally {
            kiosk.stop();
        }
    }

    private KioskNode.Builder kiosk() {
        return KioskNode.builder(new KioskConfig("http://127.0.0.1:9/", "Buurthuis", "WK019311", "token"))
                .dataDir(data)
                .port(0)
                .gpio(GpioPlatform.Choice.SIMULATED);
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 3000);
        }
    }

    private static int status(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }
}
