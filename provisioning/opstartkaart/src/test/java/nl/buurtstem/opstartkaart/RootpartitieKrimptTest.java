package nl.buurtstem.opstartkaart;

import static nl.buurtstem.opstartkaart.Kaartbeeld.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lib/buurtstem-shrinkroot, as the initramfs runs it on a card whose root grew over all of it: the real e2fsck,
 * resize2fs and sfdisk on a card image, the root partition given as a loop device the way /dev/mmcblk0p2 is.
 * The root size is 256 MiB here instead of 8 GiB, so the images stay small.
 */
public class RootpartitieKrimptTest {

    private static final Map<String, String> SMALL_ROOT = Map.of("BUURTSTEM_ROOT_MIB", "256");

    @TempDir
    Path work;

    private Path image;
    private Path rootFiles;
    private byte[] photo;

    @BeforeEach
    void systemOnTheRoot() throws Exception {
        Tools.require("sfdisk", "partx", "mkfs.ext4", "e2fsck", "resize2fs", "debugfs", "losetup", "blkid");
        image = work.resolve("kiosk.img");
        rootFiles = Files.createDirectories(work.resolve("rootfs"));
        Files.createDirectories(rootFiles.resolve("etc"));
        Files.writeString(rootFiles.resolve("etc/hostname"), "kiosk-de-kroon\n");
        photo = new byte[24 * (int) MIB];
        new Random(7).nextBytes(photo);
    }

    @Test
    void the_root_shrinks_with_its_files_and_leaves_room_for_the_data_partition() throws Exception {
        Kaartbeeld card = filesBeyond256MiB();
        JsonNode before = card.partitions();
        assertEquals(3, DataPartitieTest.datapart(image).exit(), "no room before");

        Tools.Result shrunk = shrink(card);

        assertEquals(0, shrunk.exit(), shrunk.output());
        JsonNode after = card.partitions();
        assertEquals(before.get(0), after.get(0), "boot partition unchanged");
        assertEquals(
                before.get(1).get("start"), after.get(1).get("start"), "the root starts where cmdline.txt expects it");
        assertEquals(256 * MIB, card.bytes(1));
        assertEquals(256 * MIB, card.ext4Bytes(1), "the file system fits its partition exactly");
        try (Kaartbeeld.Loop root = card.loop(1)) {
            Tools.Result check = root.check();
            assertEquals(0, check.exit(), "a clean file system: " + check.output());
            assertEquals("kiosk-de-kroon", root.read("/etc/hostname"));
            for (String dir : List.of("usr", "opt")) {
                Path copy = work.resolve(dir + "-blob");
                assertEquals(
                        0,
                        Tools.run("debugfs", "-R", "dump /" + dir + "/blob " + copy, root.device())
                                .exit());
                assertArrayEquals(photo, Files.readAllBytes(copy), dir + "/blob kept every byte");
            }
        }

        Tools.Result data = DataPartitieTest.datapart(image);
        assertEquals(0, data.exit(), data.output());
        assertEquals("BUURTDATA", card.probe(2).get("LABEL"));
        assertTrue(card.bytes(2) >= 700 * MIB, "the rest of the card: " + card.bytes(2));
    }

    @Test
    void a_root_already_small_enough_is_left_alone() throws Exception {
        Kaartbeeld card = Kaartbeeld.withRoot(image, 1024 * MIB, 200, rootFiles);
        String table = card.table();

        Tools.Result again = shrink(card);

        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("nothing to shrink"), again.output());
        assertEquals(table, card.table());
    }

    @Test
    void a_root_whose_files_do_not_fit_keeps_its_size_and_its_files() throws Exception {
        Files.createDirectories(rootFiles.resolve("usr"));
        for (int i = 0; i < 12; i++) {
            Files.write(rootFiles.resolve("usr/blob-" + i), photo);
        }
        Kaartbeeld card = Kaartbeeld.withRootOverWholeCard(image, 1024 * MIB, rootFiles);
        String table = card.table();
        long size = card.ext4Bytes(1);

        Tools.Result refused = shrink(card);

        assertEquals(3, refused.exit(), refused.output());
        assertTrue(refused.output().contains("do not fit in 256 MiB"), refused.output());
        assertEquals(table, card.table(), "partition table unchanged");
        assertEquals(size, card.ext4Bytes(1), "file system size unchanged");
        try (Kaartbeeld.Loop root = card.loop(1)) {
            assertEquals(0, root.check().exit());
            assertEquals("kiosk-de-kroon", root.read("/etc/hostname"));
        }
    }

    @Test
    void first_boot_asks_for_a_shrink_only_where_it_leaves_room_for_data() throws Exception {
        Kaartbeeld big = Kaartbeeld.withRootOverWholeCard(image, 1024 * MIB, null);
        assertEquals(0, check(big).exit(), check(big).output());

        Kaartbeeld small = Kaartbeeld.withRootOverWholeCard(work.resolve("small.img"), 640 * MIB, null);
        Tools.Result tooSmall = check(small);
        assertEquals(3, tooSmall.exit(), tooSmall.output());
        assertTrue(tooSmall.output().contains("too small"), tooSmall.output());
    }

    @Test
    void the_initramfs_gets_the_script_and_every_tool_it_calls() throws Exception {
        Path hookFunctions = Path.of("/usr/share/initramfs-tools/hook-functions");
        Tools.require("ldd");
        if (!Files.exists(hookFunctions) && "true".equals(System.getenv("CI"))) {
            Assertions.fail("initramfs-tools-core is not installed; see .ci/apt-packages");
        }
        Assumptions.assumeTrue(Files.exists(hookFunctions), "apt-get install initramfs-tools-core");
        Path initramfs = Files.createDirectories(work.resolve("initramfs"));
        Path hook = Path.of(
                Opstartkaart.class.getResource("/boot/payload/initramfs/hook").toURI());
        // Installed as first boot installs it, executable, where the hook looks for it.
        Path lib = Files.createDirectories(work.resolve("usr-local-lib-buurtstem"));
        Files.copy(script(), lib.resolve("buurtstem-shrinkroot"));
        Files.setPosixFilePermissions(
                lib.resolve("buurtstem-shrinkroot"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Tools.Result built = Tools.run(
                List.of("sh", hook.toString()),
                Map.of("DESTDIR", initramfs.toString(), "verbose", "y", "BUURTSTEM_LIB", lib.toString()),
                null);

        assertEquals(0, built.exit(), built.output());
        for (String tool : List.of(
                "usr/sbin/e2fsck",
                "usr/sbin/resize2fs",
                "usr/sbin/sfdisk",
                "usr/bin/partx",
                "usr/bin/lsblk",
                "usr/bin/buurtstem-shrinkroot")) {
            assertTrue(
                    Files.isRegularFile(initramfs.resolve(tool)) && Files.isExecutable(initramfs.resolve(tool)),
                    tool + ": " + built.output());
        }
        assertEquals(Files.readString(script()), Files.readString(initramfs.resolve("usr/bin/buurtstem-shrinkroot")));
    }

    /**
     * Packages installed after the root grew land anywhere on the card: here 312 MiB of filler is written first, the
     * files after it, and the filler removed, so the shrink has to move those files down.
     */
    private Kaartbeeld filesBeyond256MiB() throws Exception {
        Path filler = Files.createDirectories(rootFiles.resolve("filler"));
        for (int i = 0; i < 13; i++) {
            Files.write(filler.resolve("part-" + i), photo);
        }
        Kaartbeeld card = Kaartbeeld.withRootOverWholeCard(image, 1024 * MIB, rootFiles);
        Path blob = Files.write(work.resolve("blob"), photo);
        StringBuilder commands = new StringBuilder("mkdir /usr\nmkdir /opt\n");
        commands.append("write ")
                .append(blob)
                .append(" /usr/blob\nwrite ")
                .append(blob)
                .append(" /opt/blob\n");
        for (int i = 0; i < 13; i++) {
            commands.append("rm /filler/part-").append(i).append('\n');
        }
        Path script = Files.writeString(work.resolve("debugfs.cmds"), commands);
        try (Kaartbeeld.Loop root = card.loop(1)) {
            assertEquals(
                    0,
                    Tools.run("debugfs", "-w", "-f", script.toString(), root.device())
                            .exit());
            String block = Tools.run("debugfs", "-R", "bmap /opt/blob 0", root.device())
                    .output()
                    .lines()
                    .filter(line -> line.matches("\\d+"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Long.parseLong(block) * 4096 > 256 * MIB, "/opt/blob starts beyond 256 MiB: block " + block);
        }
        return card;
    }

    /** What the initramfs does at the next start: the root partition as a block device, its disk, its number. */
    /** Runs the initramfs shrink as the next start does; the first-boot test in provisioning runs it too. */
    public static Tools.Result shrink(Kaartbeeld card, Path script, Map<String, String> env) throws Exception {
        try (Kaartbeeld.Loop root = card.loop(1)) {
            return Tools.run(
                    List.of("sh", script.toString(), root.device(), card.file().toString(), "2"), env, null);
        }
    }

    private Tools.Result shrink(Kaartbeeld card) throws Exception {
        return shrink(card, script(), SMALL_ROOT);
    }

    private Tools.Result check(Kaartbeeld card) throws Exception {
        return Tools.run(
                List.of("sh", script().toString(), "--check", card.file().toString(), "2"), SMALL_ROOT, null);
    }

    private static Path script() throws Exception {
        return Path.of(Opstartkaart.class
                .getResource("/boot/payload/lib/buurtstem-shrinkroot")
                .toURI());
    }
}
