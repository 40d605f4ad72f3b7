package nl.buurtstem.provisioning.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.buurtstem.opstartkaart.Tools;

/**
 * Kiosk releases for tests, in the real release format (a tar.gz with bin/buurtstem-kiosk), published with the
 * real {@code buurtstem release publish}. A healthy one serves /health with the JDK's own web server; a broken
 * one dies at start, like a release built for the wrong Java.
 */
public final class Releases {

    private final Path workDir;
    private final Path keyDir;
    private final Path central;

    /** @param centralData the central node's data folder: releases are published into its releases/ */
    public Releases(Path workDir, Path centralData) {
        this.workDir = workDir;
        this.keyDir = workDir.resolve("keys");
        this.central = centralData.resolve("releases");
        assertEquals(0, ReleaseCommand.run(new String[] {"keygen", "--out", keyDir.toString()}, quiet(), quiet()));
    }

    public Path publicKey() {
        return keyDir.resolve("release-key.pem");
    }

    public Path releasesDir() {
        return central;
    }

    public void publishHealthy(String version) throws Exception {
        publish(version, """
                #!/usr/bin/env bash
                here="$(cd "$(dirname "$0")/.." && pwd)"
                exec "$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p "$KIOSK_PORT" -d "$here/www"
                """, "{\"status\":\"ok\",\"version\":\"" + version + "\"}");
    }

    public void publishBroken(String version) throws Exception {
        publish(version, """
                #!/usr/bin/env bash
                echo "Error: LinkageError occurred while loading main class nl.buurtstem.kiosk.Main" >&2
                exit 1
                """, "{}");
    }

    /** Publishes a release file as it is, e.g. one made by pack-kiosk-release.sh. */
    public void publishFile(String version, Path tarball) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReleaseCommand.run(
                new String[] {
                    "publish",
                    "--version",
                    version,
                    "--file",
                    tarball.toString(),
                    "--key",
                    keyDir.resolve("release-signing.key").toString(),
                    "--releases",
                    central.toString()
                },
                quiet(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    }

    private void publish(String version, String launcher, String health) throws Exception {
        Path stage = workDir.resolve("stage-" + version);
        Files.createDirectories(stage.resolve("bin"));
        Files.createDirectories(stage.resolve("www"));
        Files.writeString(stage.resolve("bin/buurtstem-kiosk"), launcher);
        Files.setPosixFilePermissions(
                stage.resolve("bin/buurtstem-kiosk"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(stage.resolve("www/health"), health);
        Path tarball = workDir.resolve("buurtstem-kiosk-" + version + ".tar.gz");
        Tools.Result tar = Tools.run("tar", "-czf", tarball.toString(), "-C", stage.toString(), "bin", "www");
        assertEquals(0, tar.exit(), tar.output());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReleaseCommand.run(
                new String[] {
                    "publish",
                    "--version",
                    version,
                    "--file",
                    tarball.toString(),
                    "--key",
                    keyDir.resolve("release-signing.key").toString(),
                    "--releases",
                    central.toString()
                },
                quiet(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
