package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node started on any free port (as every story and the demo's simulated fleet do) names its URIs after that port
 * before it opens its data, which takes seconds on a busy machine. Meanwhile no other process may take the port, or
 * the node cannot listen where its URIs point (a run under load failed so: "Port already in use").
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
}
