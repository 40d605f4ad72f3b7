package nl.buurtstem.opendata.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtstem.opendata.DraaiendeCentrale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kiosks download a release straight from the file: the central node never holds it in memory. A release file larger
 * than any Java array (a sparse file, so it takes no disk) is served as well as a small one; read into memory first,
 * it could not be served at all, and many slow downloads at once would run the node out of memory.
 */
class KioskHaaltReleaseGestroomdTest {

    private static final long GROOT = 3L * 1024 * 1024 * 1024;

    @RegisterExtension
    final DraaiendeCentrale centrale = new DraaiendeCentrale();

    @Test
    void a_release_larger_than_memory_can_hold_is_served_from_the_file() throws Exception {
        Path files = Files.createDirectories(centrale.data().resolve("releases/files"));
        try (RandomAccessFile file =
                new RandomAccessFile(files.resolve("groot.tar.gz").toFile(), "rw")) {
            file.setLength(GROOT);
        }

        HttpResponse<InputStream> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(centrale.url() + "api/release/v1/files/groot.tar.gz"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, r.statusCode());
        assertEquals(GROOT, r.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertEquals("", r.headers().firstValue("Content-Encoding").orElse(""), "sent as it is");
        try (InputStream body = r.body()) {
            byte[] first = body.readNBytes(4 * 1024 * 1024);
            assertEquals(4 * 1024 * 1024, first.length, "the download starts at once");
        }
    }
}
