package nl.buurtstem.opendata.release;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.web.Problem;

/**
 * Serves kiosk releases from the central node's {@code releases/} folder, as {@code buurtstem release publish}
 * left them: {@code manifest.json} (version, file, sha256), {@code manifest.sig} (Ed25519, base64),
 * {@code release-key.pem} and {@code files/}. Public on purpose: a release is open source, and kiosks trust the
 * signature made with the offline release key, not this server.
 */
final class ReleaseRoutes {

    private static final String PREFIX = "/api/release/v1";
    private static final Pattern FILE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+~-]{0,99}");

    private final Path releases;

    ReleaseRoutes(Path releases) {
        this.releases = releases;
    }

    /** The public key releases are signed with, once a release was published; a boot card carries it. */
    Optional<String> publicKey() {
        try {
            Path key = releases.resolve("release-key.pem");
            return Files.isRegularFile(key) ? Optional.of(Files.readString(key)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(
                PREFIX + "/manifest.json", ctx -> send(ctx, releases.resolve("manifest.json"), "application/json"));
        cfg.routes.get(PREFIX + "/manifest.sig", ctx -> send(ctx, releases.resolve("manifest.sig"), "text/plain"));
        cfg.routes.get(
                PREFIX + "/key.pem", ctx -> send(ctx, releases.resolve("release-key.pem"), "application/x-pem-file"));
        cfg.routes.get(PREFIX + "/files/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (!FILE_NAME.matcher(name).matches()) {
                throw Problem.badRequest(
                        "invalid-release-file", "A release file name has letters, digits and ._+~- only.");
            }
            send(ctx, releases.resolve("files").resolve(name), "application/octet-stream");
        });
    }

    private static void send(Context ctx, Path file, String type) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Problem.notFound("No kiosk release has been published here yet (" + file.getFileName() + ").");
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type);
        // Streamed from the file, never read into memory: a release is tens of megabytes, and many kiosks (or a
        // slow client on purpose) may download at once. With its length set, it also goes out uncompressed.
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }
}
