package nl.buurtstem.opendata.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret that scripts send as {@code Authorization: Bearer ...}. Made on first start in the data folder,
 * readable only by the service user, where IT copies it from.
 */
public final class BearerToken {

    private final byte[] token;

    private BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public static BearerToken fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                Files.createDirectories(file.toAbsolutePath().getParent());
                // Private from its first byte: written first and restricted after, it would be readable a moment.
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
            }
            return new BearerToken(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token at " + file, e);
        }
    }

    public boolean carriedBy(Context ctx) {
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ")
                ? header.substring(7).trim()
                : "";
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
