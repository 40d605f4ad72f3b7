package nl.buurtstem.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The central node's data folder is for the node alone: it holds every kiosk's signing secret, the staff API key and
 * the sessions. The folder and its folders are 0700, its files 0600, also when an older version or a lax umask left
 * them readable (checked at start and again at stop, for what Jena and the dump writer made meanwhile). The database
 * file is made 0600 before SQLite opens it, so its -wal and -shm files, which SQLite gives the database's mode, are
 * too. The launcher and the systemd units run the node with umask 0077 as well.
 */
final class DataFolder {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {}

    /** Makes {@code dir} private and {@code database} (when SQLite's, else null) exist as a private file. */
    static Path prepare(Path dir, Path database) {
        try {
            Files.createDirectories(dir);
            makePrivate(dir);
            if (database != null) {
                try {
                    Files.createFile(database, PosixFilePermissions.asFileAttribute(FILE));
                } catch (FileAlreadyExistsException exists) {
                    // Made private by makePrivate above.
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data folder " + dir + " private", e);
        } catch (UnsupportedOperationException notPosix) {
            return dir;
        }
    }

    /** Takes group's and others' rights away from {@code dir} and everything in it. */
    static void makePrivate(Path dir) {
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
                if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                    Files.setPosixFilePermissions(p, wanted);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A file removed while walking (a dump being replaced) is no reason to stop the node.
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
