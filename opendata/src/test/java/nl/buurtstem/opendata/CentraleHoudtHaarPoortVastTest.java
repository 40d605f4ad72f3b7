package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.BindException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.buurtstem.testsupport.HeldPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node started on any free port (as every story and the demo's simulated fleet do) names its URIs after that port
 * before it opens its data, which takes seconds on a busy machine. Meanwhile no other process may take the port, or
 * the node cannot listen where its URIs point (a run under load failed so: "Port already in use"). A port that another
 * program already listens on is refused at once, with the port's number.
 */
class CentraleHoudtHaarPoortVastTest {

    @Test
    void the_port_its_uris_name_is_held_from_build_until_the_node_listens_on_it(@TempDir Path data) throws Exception {
        CentralNode node = DraaiendeCentrale.builder(data, 0, Optional.empty()).build();
        int port = URI.create(node.baseUri()).getPort();
        assertThrows(BindException.class, () -> new ServerSocket(port).close(), "another process cannot take it");
        node.start();
        try {
            assertEquals(port, node.port());
        } finally {
            node.stop();
        }
    }

    @Test
    void a_node_down_on_purpose_refuses_connections_like_any_stopped_server_and_starts_again_on_its_port(
            @TempDir Path data) throws Exception {
        CentralNode node =
                DraaiendeCentrale.builder(data, 0, Optional.empty()).build().start();
        int port = node.port();
        node.stop();
        try (HeldPort uitval = HeldPort.hold(port)) {
            assertThrows(ConnectException.class, () -> new Socket("localhost", port).close(), "a kiosk finds nothing");
        }
        CentralNode weer =
                DraaiendeCentrale.builder(data, port, Optional.empty()).build().start();
        try {
            assertEquals(port, weer.port());
        } finally {
            weer.stop();
        }
    }

    @Test
    void a_port_another_program_listens_on_is_refused_before_the_node_opens_its_data(@TempDir Path data)
            throws Exception {
        try (ServerSocket ander = new ServerSocket(0)) {
            int port = ander.getLocalPort();
            PortReservation.InUse refused = assertThrows(
                    PortReservation.InUse.class,
                    () -> DraaiendeCentrale.builder(data, port, Optional.empty())
                            .build());
            assertEquals("port " + port + " is in use by another program", refused.getMessage());
            assertFalse(Files.exists(data.resolve("central.db")), "nothing was opened");
        }
    }
}
