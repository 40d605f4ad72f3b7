package nl.buurtstem.kiosk.initiatief;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.buurtstem.kiosk.sync.LocalContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Initiatives' photos, fetched by the kiosk when its content changes and kept on its disk: the touch page only ever
 * asks the kiosk, so photos show with the network cable pulled and no request leaves the buurthuis from the page.
 * Only from known hosts (the central node's and those in kiosk.json's fotoHosts), and a redirect is followed only to
 * a known host on a public address: content must not make the kiosk reach into the buurthuis network.
 */
public final class FotoCache {

    private static final Logger log = LoggerFactory.getLogger(FotoCache.class);
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 3;

    private final Path dir;
    private final LocalContent content;
    private final Set<String> hosts;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param hosts host names (lower case) photos may come from */
    public FotoCache(Path dir, LocalContent content, Set<String> hosts) {
        this.dir = dir;
        this.content = content;
        this.hosts = Set.copyOf(hosts);
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

    private void download(String original) throws IOException, InterruptedException {
        URI url = URI.create(original);
        if (!bekend(url)) {
            throw new IOException("not from a known host (" + url.getHost() + "); add it to fotoHosts in kiosk.json");
        }
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                var location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    URI next = url.resolve(location.get());
                    if (redirects >= MAX_REDIRECTS || !bekend(next) || prive(next.getHost())) {
                        throw new IOException("redirected to " + next.getHost() + ", not a known public host");
                    }
                    url = next;
                    continue;
                }
                if (status != 200) {
                    throw new IOException("answered " + status);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES || type(bytes).isEmpty()) {
                    throw new IOException("not a JPEG, PNG or WebP image of at most " + MAX_BYTES + " bytes");
                }
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "foto", ".part");
                Files.write(partial, bytes);
                Files.move(
                        partial, file(original), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        }
    }

    private boolean bekend(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http"))
                && url.getHost() != null
                && hosts.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    /** Whether a host is (or resolves to) this machine or a private, link-local or unique-local network. */
    static boolean prive(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                byte[] b = a.getAddress();
                if (a.isLoopbackAddress()
                        || a.isAnyLocalAddress()
                        || a.isSiteLocalAddress()
                        || a.isLinkLocalAddress()
                        || a.isMulticastAddress()
                        || (b.length == 16 && (b[0] & 0xfe) == 0xfc)
                        || (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
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
