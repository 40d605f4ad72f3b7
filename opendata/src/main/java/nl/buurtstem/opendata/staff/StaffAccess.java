package nl.buurtstem.opendata.staff;

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
import nl.buurtstem.opendata.web.Problem;

/**
 * The staff API key. Created on first start in the data folder, readable only by the service user;
 * IT hands it to the enrollment tool and scripts. People log in personally, with a role: see {@link StaffAuth}.
 */
public final class StaffAccess {

    private final String token;

    private StaffAccess(String token) {
        this.token = token;
    }

    public static StaffAccess fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return new StaffAccess(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the staff API key at " + file, e);
        }
    }

    /** Whether the request carries the staff API key as a bearer token. */
    public boolean carriedBy(Context ctx) {
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : "";
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses the request unless it carries the staff API key as a bearer token. */
    public void require(Context ctx) {
        if (!carriedBy(ctx)) {
            throw new Problem(401, "staff-key-required", "This needs the municipality's staff API key "
                    + "(Authorization: Bearer ...), found in the central node's data folder as staff-api-key.");
        }
    }
}
