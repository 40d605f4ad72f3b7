package nl.buurtstem.opstartkaart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An SD card as a sparse image file, laid out like a Raspberry Pi OS card: an MBR table, the boot partition at
 * 4 MiB (so 3 MiB lie free before it) and an ext4 root labelled rootfs as partition 2. Partitions in a file have
 * no device nodes (and CI has no udev to make them), so file systems are made and read at their offsets, and a
 * tool that needs a block device gets a loop device over one partition's bytes.
 */
public final class Kaartbeeld {

    public static final long MIB = 1024 * 1024;
    static final long SECTOR = 512;
    private static final String BOOT = "start=8192, size=16384, type=c\n";

    private final Path file;

    private Kaartbeeld(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A card whose root ends at rootMib after its start, with free space behind it. */
    static Kaartbeeld withRoot(Path file, long cardBytes, long rootMib, Path rootFiles) throws Exception {
        return make(file, cardBytes, "start=24576, size=" + rootMib * MIB / SECTOR + ", type=83\n", rootFiles);
    }

    /** A card whose root grew over all of it, as Raspberry Pi OS Trixie leaves it after its first start. */
    public static Kaartbeeld withRootOverWholeCard(Path file, long cardBytes, Path rootFiles) throws Exception {
        return make(file, cardBytes, "start=24576, type=83\n", rootFiles);
    }

    private static Kaartbeeld make(Path file, long bytes, String root, Path rootFiles) throws Exception {
        try (RandomAccessFile image = new RandomAccessFile(file.toFile(), "rw")) {
            image.setLength(bytes);
        }
        Path layout = file.resolveSibling(file.getFileName() + ".sfdisk");
        Files.writeString(layout, "label: dos\n" + BOOT + root);
        Tools.Result partitioned =
                Tools.run("sh", "-c", "sfdisk -q \"$0\" <\"$1\"", file.toString(), layout.toString());
        assertEquals(0, partitioned.exit(), partitioned.output());
        Kaartbeeld card = new Kaartbeeld(file);
        JsonNode rootPartition = card.partitions().get(1);
        List<String> mkfs = new ArrayList<>(List.of("mkfs.ext4", "-q", "-F", "-L", "rootfs"));
        if (rootFiles != null) {
            mkfs.addAll(List.of("-d", rootFiles.toString()));
        }
        mkfs.addAll(List.of(
                "-E",
                "offset=" + card.startByte(1) + ",nodiscard",
                file.toString(),
                rootPartition.get("size").asLong() * SECTOR / 1024 + "k"));
        Tools.Result rootfs = Tools.run(mkfs.toArray(String[]::new));
        assertEquals(0, rootfs.exit(), rootfs.output());
        return card;
    }

    JsonNode partitions() throws Exception {
        Tools.Result json = Tools.run("sfdisk", "-J", file.toString());
        assertEquals(0, json.exit(), json.output());
        return new ObjectMapper().readTree(json.output()).get("partitiontable").get("partitions");
    }

    String table() throws Exception {
        return Tools.run("sfdisk", "--dump", file.toString()).output();
    }

    long startByte(int index) throws Exception {
        return partitions().get(index).get("start").asLong() * SECTOR;
    }

    long bytes(int index) throws Exception {
        return partitions().get(index).get("size").asLong() * SECTOR;
    }

    /** What blkid finds in the partition at this index: TYPE, LABEL, UUID. */
    public Map<String, String> probe(int index) throws Exception {
        Tools.Result probe =
                Tools.run("blkid", "-p", "-O", String.valueOf(startByte(index)), "-o", "export", file.toString());
        return probe.output()
                .lines()
                .filter(line -> line.contains("="))
                .collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
    }

    /** Blocks times block size, from the ext4 superblock 1024 bytes into the partition. */
    long ext4Bytes(int index) throws Exception {
        ByteBuffer superblock = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file)) {
            channel.read(superblock, startByte(index) + 1024);
        }
        assertEquals(0xEF53, Short.toUnsignedInt(superblock.getShort(0x38)), "ext4 magic");
        long blocks = Integer.toUnsignedLong(superblock.getInt(0x04))
                | (Integer.toUnsignedLong(superblock.getInt(0x150)) << 32);
        return blocks * (1024L << superblock.getInt(0x18));
    }

    /** A block device over one partition's bytes, as /dev/mmcblk0p2 is on a Pi; detached on close. */
    Loop loop(int index) throws Exception {
        Tools.Result attached = Tools.run(
                "losetup",
                "--find",
                "--show",
                "--offset",
                String.valueOf(startByte(index)),
                "--sizelimit",
                String.valueOf(bytes(index)),
                file.toString());
        assertEquals(0, attached.exit(), "a loop device (losetup, run as root): " + attached.output());
        return new Loop(attached.output().strip());
    }

    record Loop(String device) implements AutoCloseable {
        /** A file's content read by debugfs, without mounting. */
        String read(String path) throws Exception {
            Tools.Result cat = Tools.run("debugfs", "-R", "cat " + path, device);
            assertEquals(0, cat.exit(), cat.output());
            return cat.output()
                    .lines()
                    .filter(line -> !line.startsWith("debugfs "))
                    .collect(Collectors.joining("\n"));
        }

        Tools.Result check() throws IOException, InterruptedException {
            return Tools.run("e2fsck", "-f", "-n", device);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            Tools.run("losetup", "--detach", device);
        }
    }
}
