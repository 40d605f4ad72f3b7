package nl.buurtstem.provisioning.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opstartkaart.Tools;

/** IT's way in: {@code ssh beheer@kiosk} with the private half of the key given at enroll, and nothing else. */
final class Ssh {

    private final Path key;
    private final int port;

    private Ssh(Path key, int port) {
        this.key = key;
        this.port = port;
    }

    /** A new Ed25519 key pair for IT in {@code dir}: it.pub goes on the card, it stays here. */
    static Ssh newKey(Path dir, int port) throws IOException, InterruptedException {
        Path key = dir.resolve("it");
        Tools.Result made =
                Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "it@gemeente", "-f", key.toString());
        if (made.exit() != 0) {
            throw new IllegalStateException(made.output());
        }
        return new Ssh(key, port);
    }

    Path publicKey() {
        return key.resolveSibling("it.pub");
    }

    /** Runs a command on the kiosk as beheer; the result holds what it printed and its exit code (255: no SSH). */
    Tools.Result run(String command) throws IOException, InterruptedException {
        return Tools.run(ssh("beheer", command), Map.of(), null);
    }

    /** Tries as another user (root), with the same key: the kiosk must refuse. */
    Tools.Result runAs(String user, String command) throws IOException, InterruptedException {
        return Tools.run(ssh(user, command), Map.of(), null);
    }

    /** Copies a file from the kiosk (read with sudo) into a local file, as base64 over the SSH session. */
    void download(String remoteFile, Path target) throws IOException, InterruptedException {
        Tools.Result read = run("sudo base64 -w0 " + remoteFile);
        if (read.exit() != 0) {
            throw new IllegalStateException("cannot read " + remoteFile + " over SSH: " + read.output());
        }
        Files.write(target, Base64.getDecoder().decode(read.output().strip()));
    }

    private List<String> ssh(String user, String command) {
        return new ArrayList<>(List.of(
                "ssh",
                "-i",
                key.toString(),
                "-p",
                String.valueOf(port),
                "-o",
                "BatchMode=yes",
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "PasswordAuthentication=no",
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "ConnectTimeout=15",
                user + "@127.0.0.1",
                command));
    }
}
