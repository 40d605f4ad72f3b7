package nl.buurtstem.opstartkaart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The smallest root folder that looks like a fresh Raspberry Pi OS to the first-boot script: account files with
 * the Pi's hardware groups, systemd's target units (copied from this machine's systemd), and a boot partition.
 */
public final class ThrowAwayRoot {

    private ThrowAwayRoot() {}

    public static Path create(Path root) throws IOException {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(root.resolve("etc/shadow"), "root:*:20000:0:99999:7:::\n");
        Files.writeString(
                root.resolve("etc/group"),
                "root:x:0:\nadm:x:4:\nvideo:x:44:\ninput:x:105:\nrender:x:106:\ngpio:x:993:\n");
        Files.writeString(
                root.resolve("etc/gshadow"), "root:*::\nadm:*::\nvideo:*::\ninput:*::\nrender:*::\ngpio:!::\n");
        Path targets = Files.createDirectories(root.resolve("usr/lib/systemd/system"));
        Path hostUnits = Files.isDirectory(Path.of("/usr/lib/systemd/system"))
                ? Path.of("/usr/lib/systemd/system")
                : Path.of("/lib/systemd/system");
        try (Stream<Path> units = Files.list(hostUnits)) {
            for (Path unit : units.filter(u -> u.toString().endsWith(".target") && Files.isRegularFile(u))
                    .toList()) {
                Files.copy(unit, targets.resolve(unit.getFileName()));
            }
        }
        Files.createDirectories(root.resolve("boot/firmware"));
        Files.writeString(root.resolve("boot/firmware/config.txt"), "[all]\n");
        return root;
    }
}
