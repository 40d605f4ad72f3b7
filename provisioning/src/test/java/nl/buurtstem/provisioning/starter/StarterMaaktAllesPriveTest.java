package nl.buurtstem.provisioning.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What runs from the launcher (./buurtstem central, kiosk, demo) writes files for its own user only, as the systemd
 * units' UMask=0077 does on a kiosk: the launcher sets the umask before it starts anything.
 */
class StarterMaaktAllesPriveTest {

    @TempDir
    Path tmp;

    @Test
    void what_the_launcher_starts_writes_files_for_its_own_user_only() throws Exception {
        Path launcher = Path.of("..", "buurtstem").toAbsolutePath().normalize();
        // The launcher's own code runs ("help" starts no Java), then a file is made as a started process would.
        String script =
                "umask 022; source \"$1\" help >/dev/null; umask; mkdir \"$2/map\"; echo geheim > \"$2/map/bestand\"";
        Process bash = new ProcessBuilder("bash", "-c", script, "bash", launcher.toString(), tmp.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        bash.waitFor(60, TimeUnit.SECONDS);

        assertEquals(0, bash.exitValue(), output);
        assertEquals("0077", output);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("map"))));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("map/bestand"))));
    }
}
