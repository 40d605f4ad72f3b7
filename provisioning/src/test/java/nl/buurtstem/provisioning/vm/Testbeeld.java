package nl.buurtstem.provisioning.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.buurtstem.provisioning.boot.Tools;

/**
 * The boot test's disk image (provisioning/vm/build-image.sh), built once per set of inputs and kept in
 * ~/.cache/buurtstem/vm/KEY/ (or BUURTSTEM_VM_CACHE): the key is a hash of the build scripts and the card's package
 * list, so a change to either builds a new image and an unchanged tree reuses the old one. Builds are serialised with
 * a file lock, as CI and a developer may run the test at once.
 */
final class Testbeeld {

    private static final List<String> INPUTS =
            List.of("vm/build-image.sh", "vm/customize-image.sh", "src/main/resources/boot/payload/packages.list");

    private Testbeeld() {}

    /** The cached image for the current inputs, built first when there is none (several minutes). */
    static Path cached() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        String key = key(module);
        Path cache = cacheRoot();
        Path dir = cache.resolve(key);
        Path disk = dir.resolve("disk.img");
        Files.createDirectories(cache);
        try (FileChannel lockFile =
                        FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (!Files.exists(disk)) {
                long start = System.nanoTime();
                Tools.Result built = Tools.run(
                        List.of("bash", module.resolve("vm/build-image.sh").toString(), dir.toString()),
                        Map.of(),
                        null);
                assertEquals(0, built.exit(), "building the boot test's image failed:\n" + built.output());
                Files.writeString(
                        dir.resolve("built.txt"),
                        "built in " + (System.nanoTime() - start) / 1_000_000_000 + " s\n" + built.output());
                removeOtherKeys(cache, key);
            }
        }
        return disk;
    }

    /** A copy of the image for one test: sparse, so only the written blocks take room. */
    static Path copyFor(Path work) throws Exception {
        Path copy = work.resolve("sd-kaart.img");
        Tools.Result cp = Tools.run("cp", "--sparse=always", cached().toString(), copy.toString());
        assertEquals(0, cp.exit(), cp.output());
        return copy;
    }

    private static Path cacheRoot() {
        String configured = System.getenv("BUURTSTEM_VM_CACHE");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "buurtstem", "vm");
    }

    private static String key(Path module) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String input : INPUTS) {
            sha.update(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(module.resolve(input)));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Images for older inputs are a few GiB each: only the current one is kept. */
    private static void removeOtherKeys(Path cache, String key) throws IOException {
        try (Stream<Path> dirs = Files.list(cache)) {
            for (Path old : dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().equals(key))
                    .toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file :
                            files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}
