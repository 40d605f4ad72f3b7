package nl.buurtstem.kiosk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The kiosk's own identity, received once in exchange for its enrollment token. Kept in a file only the
 * kiosk's user can read (mode 0600); written atomically so a power cut never leaves half a secret.
 */
public record Credentials(String kioskId, String secret, String wijk, String naam) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<Credentials> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Credentials.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the kiosk credentials at " + file + " are unreadable", e);
        }
    }

    public void save(Path file) {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, JSON.writeValueAsBytes(this));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the kiosk credentials at " + file, e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[kioskId=" + kioskId + ", secret=(hidden)]";
    }
}
