package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data partition (lib/buurtstem-datapart) made by the real sfdisk and mkfs.ext4 in a card image file: a
 * sparse file laid out like a Raspberry Pi OS card, boot partition at 4 MiB (so 3 MiB lie free before it) and a
 * small root. The script takes the image as its argument instead of finding the card under /; partitions in a
 * file have no device nodes (and CI has no udev to make them for loop devices), so in an image the file system
 * is made at the partition's offset and nothing is mounted: mounting, partprobe and {@code blkid -L} run on a Pi only.
 */
class DataPartitieTest {

    private static final long MIB = 1024 * 1024;
    private static final long SECTOR = 512;

    @TempDir
    Path work;
    private Path card;

    @BeforeEach
    void requireTools() {
        Tools.require("sfdisk", "mkfs.ext4", "blkid", "partx");
        card = work.resolve("kiosk.img");
    }

    @Test
    void the_data_partition_is_made_in_the_free_space_after_the_root() throws Exception {
        freshCard(1024 * MIB, "start=8192, size=16384, type=c\nstart=24576, size=65536, type=83\n");
        JsonNode before = partitions();

        Tools.Result made = datapart();

        assertEquals(0, made.exit(), made.output());
        JsonNode after = partitions();
        assertEquals(3, after.size(), made.output());
        assertEquals(before.get(0), after.get(0), "boot partition unchanged");
        assertEquals(before.get(1), after.get(1), "root partition unchanged");
        JsonNode data = after.get(2);
        assertEquals("83", data.get("type").asText(), "a Linux partition");
        long rootEnd = before.get(1).get("start").asLong() + before.get(1).get("size").asLong();
        assertTrue(data.get("start").asLong() >= rootEnd, "after the root, not in the gap before the boot partition: " + data);
        assertTrue(data.get("size").asLong() * SECTOR >= 512 * MIB, "at least 512 MiB for the database: " + data);
        assertEquals(Files.size(card), (data.get("start").asLong() + data.get("size").asLong()) * SECTOR, "up to the card's end");

        Map<String, String> fs = probe(data.get("start").asLong());
        assertEquals("ext4", fs.get("TYPE"), fs.toString());
        assertEquals("BUURTDATA", fs.get("LABEL"), "var-lib-buurtstem.mount finds it by this label");
        assertEquals(data.get("size").asLong() * SECTOR, ext4Bytes(data.get("start").asLong() * SECTOR), "the file system fills the partition");
        assertEquals("rootfs", probe(before.get(1).get("start").asLong()).get("LABEL"), "the root file system is untouched");
        assertTrue(made.output().contains("data partition BUURTDATA made"), made.output());
    }

    @Test
    void a_card_without_free_space_is_left_as_it_is_with_exit_3() throws Exception {
        // The root grew over the whole card: only the 3 MiB before the boot partition is free.
        freshCard(256 * MIB, "start=8192, size=16384, type=c\nstart=24576, type=83\n");
        String table = Tools.run("sfdisk", "--dump", card.toString()).output();

        Tools.Result full = datapart();

        assertEquals(3, full.exit(), full.output());
        assertTrue(full.output().contains("no free space on " + card + " for a data partition"), full.output());
        assertEquals(table, Tools.run("sfdisk", "--dump", card.toString()).output(), "partition table unchanged");
    }

    @Test
    void a_first_boot_tried_again_keeps_the_data_partition_it_made() throws Exception {
        freshCard(1024 * MIB, "start=8192, size=16384, type=c\nstart=24576, size=65536, type=83\n");
        assertEquals(0, datapart().exit());
        String table = Tools.run("sfdisk", "--dump", card.toString()).output();
        String uuid = probe(partitions().get(2).get("start").asLong()).get("UUID");

        Tools.Result again = datapart();

        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("data partition BUURTDATA is there"), again.output());
        assertEquals(table, Tools.run("sfdisk", "--dump", card.toString()).output(), "nothing appended");
        assertEquals(uuid, probe(partitions().get(2).get("start").asLong()).get("UUID"), "not formatted again: the data stays");
    }

    private void freshCard(long bytes, String layout) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(card.toFile(), "rw")) {
            file.setLength(bytes);
        }
        Path script = work.resolve("layout.sfdisk");
        Files.writeString(script, "label: dos\n" + layout);
        Tools.Result partitioned = Tools.run("sh", "-c", "sfdisk -q \"$0\" <\"$1\"", card.toString(), script.toString());
        assertEquals(0, partitioned.exit(), partitioned.output());
        JsonNode root = partitions().get(1);
        Tools.Result rootfs = Tools.run("mkfs.ext4", "-q", "-F", "-L", "rootfs",
                "-E", "offset=" + root.get("start").asLong() * SECTOR + ",nodiscard", card.toString(),
                root.get("size").asLong() * SECTOR / 1024 + "k");
        assertEquals(0, rootfs.exit(), rootfs.output());
    }

    private Tools.Result datapart() throws Exception {
        Path script = Path.of(BootBundle.class.getResource("/boot/payload/lib/buurtstem-datapart").toURI());
        return Tools.run(List.of("bash", script.toString(), card.toString()), Map.of(), work);
    }

    private JsonNode partitions() throws Exception {
        Tools.Result json = Tools.run("sfdisk", "-J", card.toString());
        assertEquals(0, json.exit(), json.output());
        return new ObjectMapper().readTree(json.output()).get("partitiontable").get("partitions");
    }

    private Map<String, String> probe(long startSector) throws Exception {
        Tools.Result probe = Tools.run("blkid", "-p", "-O", String.valueOf(startSector * SECTOR), "-o", "export", card.toString());
        return probe.output().lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
    }

    /** Blocks times block size, from the ext4 superblock 1024 bytes into the file system. */
    private long ext4Bytes(long offset) throws IOException {
        ByteBuffer superblock = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel file = FileChannel.open(card)) {
            file.read(superblock, offset + 1024);
        }
        assertEquals(0xEF53, Short.toUnsignedInt(superblock.getShort(0x38)), "ext4 magic");
        long blocks = Integer.toUnsignedLong(superblock.getInt(0x04)) | (Integer.toUnsignedLong(superblock.getInt(0x150)) << 32);
        return blocks * (1024L << superblock.getInt(0x18));
    }
}
