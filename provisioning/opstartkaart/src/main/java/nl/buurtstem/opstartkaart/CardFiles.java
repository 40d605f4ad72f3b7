package nl.buurtstem.opstartkaart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files for the card: each one whole or not at all (a temp file renamed over the target), private ones
 * readable only by their owner where the file system knows owners. A FAT boot partition does not, which is why
 * the card carries a one-time token and never a key.
 */
final class CardFiles {

    private CardFiles() {}

    static void writePrivate(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), true);
    }

    static void write(Path target, byte[] content, boolean secret) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        if (secret) {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException | IOException e) {
                // FAT (the boot partition) has no owners or modes: everyone who holds the card can read it anyway.
            }
        }
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
