package nl.buurtstem.provisioning.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Release signing for municipal IT:
 * {@code buurtstem release keygen --out DIR} and
 * {@code buurtstem release publish --version V --file F --key DIR/release-signing.key --releases CENTRAL/releases}.
 * The private key stays on IT's machine; the central node only serves what was signed.
 */
public final class ReleaseCommand {

    static final String USAGE = """
            usage: buurtstem release keygen --out DIR
                   buurtstem release publish --version V --file RELEASE.tar.gz --key KEYFILE --releases DIR [--allow-older]

              keygen   makes the release key: DIR/release-signing.key (private, keep it off the central node)
                       and DIR/release-key.pem (public; enroll puts it on every kiosk card)
              publish  copies the release into DIR/files/, writes DIR/manifest.json and its signature
                       DIR/manifest.sig; DIR is the central node's data folder + /releases. The public key
                       beside KEYFILE is copied too, so `enroll` can fetch it. A version older than the one
                       published is refused (kiosks would refuse it too) unless --allow-older: going back on
                       purpose, as a new publication that kiosks then install.
            """;
    private static final Pattern VERSION = ReleaseManifest.NAME;
    private static final String ALLOW_OLDER = "--allow-older";

    private ReleaseCommand() {}

    /** Runs the command and returns the exit code: 0 done, 1 failed, 2 usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(ALLOW_OLDER)) {
                options.put(ALLOW_OLDER, "yes");
            } else if (i + 1 < args.length) {
                options.put(args[i], args[++i]);
            }
        }
        try {
            switch (args[0]) {
                case "keygen" -> keygen(Path.of(required(options, "--out")), out);
                case "publish" -> publish(options, out);
                default -> throw new IllegalArgumentException("unknown release command " + args[0] + "\n\n" + USAGE);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("release: " + e.getMessage());
            return 2;
        } catch (IOException | GeneralSecurityException e) {
            err.println("release: " + e.getMessage());
            return 1;
        }
    }

    private static void keygen(Path dir, PrintStream out) throws IOException, GeneralSecurityException {
        Path privateKey = dir.resolve("release-signing.key");
        if (Files.exists(privateKey)) {
            throw new IllegalArgumentException(
                    privateKey + " exists; a new key would lock out every kiosk enrolled with the old one");
        }
        KeyPair pair = ReleaseKeys.generate();
        Files.createDirectories(dir);
        Files.createFile(
                privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateKey, ReleaseKeys.privatePem(pair));
        Files.writeString(dir.resolve("release-key.pem"), ReleaseKeys.publicPem(pair));
        out.println(
                "release key made: " + privateKey + " (private) and " + dir.resolve("release-key.pem") + " (public)");
    }

    private static void publish(Map<String, String> options, PrintStream out)
            throws IOException, GeneralSecurityException {
        String version = required(options, "--version");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("--version has letters, digits and ._+~- only, got " + version);
        }
        Path file = Path.of(required(options, "--file"));
        Path keyFile = Path.of(required(options, "--key"));
        Path releases = Path.of(required(options, "--releases"));
        String name = file.getFileName().toString();
        if (!VERSION.matcher(name).matches() || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--file must be an existing file with a plain name, got " + file);
        }
        var key = ReleaseKeys.readPrivate(keyFile);
        Instant publishedAt = Instant.now();
        Path currentManifest = releases.resolve("manifest.json");
        if (Files.isRegularFile(currentManifest)) {
            ReleaseManifest current;
            try {
                current = ReleaseManifest.parse(Files.readAllBytes(currentManifest));
            } catch (IllegalArgumentException unreadable) {
                throw new IllegalArgumentException("the published " + currentManifest + " cannot be read ("
                        + unreadable.getMessage() + "); move it aside to publish anew");
            }
            if (ReleaseVersion.compare(version, current.version()) < 0 && !options.containsKey(ALLOW_OLDER)) {
                throw new IllegalArgumentException("version " + version + " is older than the published "
                        + current.version() + ": kiosks refuse an older release. To go back on purpose, publish it"
                        + " again with " + ALLOW_OLDER + ".");
            }
            // Kiosks refuse a manifest published before the newest they accepted: never let a clock make it so.
            if (!publishedAt.isAfter(current.publishedAt())) {
                publishedAt = current.publishedAt().plusMillis(1);
            }
        }
        Files.createDirectories(releases.resolve("files"));
        Files.copy(file, releases.resolve("files").resolve(name), StandardCopyOption.REPLACE_EXISTING);
        ObjectNode manifest = new ObjectMapper()
                .createObjectNode()
                .put("version", version)
                .put("file", name)
                .put("sha256", sha256(file))
                .put("size", Files.size(file))
                .put("publishedAt", publishedAt.toString());
        byte[] bytes = (manifest.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        Path publicKey = keyFile.resolveSibling("release-key.pem");
        if (Files.isRegularFile(publicKey)) {
            replace(releases.resolve("release-key.pem"), Files.readAllBytes(publicKey));
        }
        replace(releases.resolve("manifest.sig"), ReleaseKeys.sign(key, bytes).getBytes(StandardCharsets.UTF_8));
        replace(releases.resolve("manifest.json"), bytes);
        out.println("release " + version + " published in " + releases);
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String sha256(Path file) throws IOException, GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required\n\n" + USAGE);
        }
        return value;
    }
}
