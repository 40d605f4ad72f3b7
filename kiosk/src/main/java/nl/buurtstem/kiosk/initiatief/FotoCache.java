package nl.buurtstem.kiosk.initiatief;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import nl.buurtstem.kiosk.sync.LocalContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Initiatives' photos, fetched by the kiosk when its content changes and kept on its disk: the touch page only ever
 * asks the kiosk, so photos show with the network cable pulled and no request leaves the buurthuis from the page.
 */
public final class FotoCache {

    private static final Logger log = LoggerFactory.getLogger(FotoCache.class);
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Path dir;
    private final LocalContent content;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public FotoCache(Path dir, LocalContent content) {
        this.dir = dir;
        this.content = content;
        content.onChange(() -> Thread.ofVirtual().name("fotos").start(this::bijwerken));
        Thread.ofVirtual().name("fotos").start(this::bijwerken);
    }

    /** The photo of an initiative as kept on this kiosk. */
    public Optional<Path> foto(String initiatiefId) {
        for (JsonNode i : content.current().path("initiatieven")) {
            if (i.path("id").asText().equals(initiatiefId)
                    && i.path("foto").path("url").isTextual()) {
                Path file = file(i.path("foto").path("url").asText());
                return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private synchronized void bijwerken() {
        for (JsonNode i : content.current().path("initiatieven")) {
            String url = i.path("foto").path("url").asText("");
            if ((url.startsWith("https://") || url.startsWith("http://")) && !Files.isRegularFile(file(url))) {
                try {
                    download(url);
                } catch (IOException | RuntimeException e) {
                    log.info(
                            "photo of initiative {} not fetched yet ({}); the screen shows a drawing meanwhile",
                            i.path("id").asText(),
                            e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void download(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES || type(bytes).isEmpty()) {
                throw new IOException("not a JPEG, PNG or WebP image of at most " + MAX_BYTES + " bytes");
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "foto", ".part");
            Files.write(partial, bytes);
            Files.move(partial, file(url), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The image type by its first bytes; what the municipality's server claims is not trusted. */
    static Optional<String> type(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private Path file(String url) {
        try {
            return dir.resolve(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
