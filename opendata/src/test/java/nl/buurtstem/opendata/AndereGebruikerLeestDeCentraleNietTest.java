package nl.buurtstem.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.buurtstem.testsupport.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another account on the central node's server reads nothing of its data folder (every kiosk's signing secret, the
 * staff API key, sessions, drafts): the folder is 0700 and its files 0600 on the real file system, also for a folder
 * an older version left readable, and also for what the node writes while it runs (the database's WAL, the dumps).
 */
class AndereGebruikerLeestDeCentraleNietTest {

    @TempDir
    Path tmp;

    @Test
    void the_data_folder_and_every_file_in_it_are_for_the_node_alone() throws Exception {
        Path data = tmp.resolve("central");
        Files.createDirectories(data.resolve("releases"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("releases"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(data.resolve("releases/manifest.json"), "{}");
        Files.setPosixFilePermissions(
                data.resolve("releases/manifest.json"), PosixFilePermissions.fromString("rw-r--r--"));

        CentralNode node = CentralNode.builder()
                .dataDir(data)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        List<String> whileRunning;
        try {
            Beheer beheer = new Beheer(node.url(), data);
            beheer.registreerKiosk("Buurthuis De Kroon", "WK019311");
            Await.await(() -> dumps(data), n -> n > 0);
            assertEquals("rwx------", mode(data));
            whileRunning = new ArrayList<>();
            for (String file : List.of(
                    "central.db",
                    "central.db-wal",
                    "central.db-shm",
                    "staff-api-key",
                    "metrics-token",
                    "staff-admin-password",
                    "releases/manifest.json")) {
                if (!mode(data.resolve(file)).equals("rw-------")) {
                    whileRunning.add(file + " " + mode(data.resolve(file)));
                }
            }
        } finally {
            node.stop();
        }

        assertEquals(List.of(), whileRunning, "readable by others while the node runs");
        assertEquals(List.of(), readableByOthers(data), "readable by others after the node stopped");
    }

    private static long dumps(Path data) throws Exception {
        Path dumps = data.resolve("dumps");
        if (!Files.isDirectory(dumps)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dumps)) {
            return files.count();
        }
    }

    private static List<String> readableByOthers(Path data) throws Exception {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String mode = mode(p);
                String wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
                if (!mode.equals(wanted)) {
                    open.add(data.relativize(p) + " " + mode);
                }
            }
        }
        return open;
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
