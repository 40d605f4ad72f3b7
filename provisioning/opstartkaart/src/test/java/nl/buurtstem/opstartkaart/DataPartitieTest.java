package nl.buurtstem.opstartkaart;

import static nl.buurtstem.opstartkaart.Kaartbeeld.MIB;
import static nl.buurtstem.opstartkaart.Kaartbeeld.SECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data partition (lib/buurtstem-datapart) made by the real sfdisk and mkfs.ext4 in a card image file. The
 * script takes the image as its argument instead of finding the card under /; in an image the file system is made
 * at the partition's offset and nothing is mounted: mounting, partprobe and {@code blkid -L} run on a Pi only.
 */
class DataPartitieTest {

    @TempDir
    Path work;

    private Path image;

    @BeforeEach
    void requireTools() {
        Tools.require("sfdisk", "mkfs.ext4", "blkid", "partx");
        image = work.resolve("kiosk.img");
    }

    @Test
    void the_data_partition_is_made_in_the_free_space_after_the_root() throws Exception {
        Kaartbeeld card = Kaartbeeld.withRoot(image, 1024 * MIB, 32, null);
        JsonNode before = card.partitions();

        Tools.Result made = datapart(image);

        assertEquals(0, made.exit(), made.output());
        JsonNode after = card.partitions();
        assertEquals(3, after.size(), made.output());
        assertEquals(before.get(0), after.get(0), "boot partition unchanged");
        assertEquals(before.get(1), after.get(1), "root partition unchanged");
        JsonNode data = after.get(2);
        assertEquals("83", data.get("type").asText(), "a Linux partition");
        long rootEnd =
                before.get(1).get("start").asLong() + before.get(1).get("size").asLong();
        assertTrue(
                data.get("start").asLong() >= rootEnd,
                "after the root, not in the gap before the boot partition: " + data);
        assertTrue(data.get("size").asLong() * SECTOR >= 512 * MIB, "at least 512 MiB for the database: " + data);
        assertEquals(
                Files.size(image),
                (data.get("start").asLong() + data.get("size").asLong()) * SECTOR,
                "up to the card's end");

        Map<String, String> fs = card.probe(2);
        assertEquals("ext4", fs.get("TYPE"), fs.toString());
        assertEquals("BUURTDATA", fs.get("LABEL"), "var-lib-buurtstem.mount finds it by this label");
        assertEquals(card.bytes(2), card.ext4Bytes(2), "the file system fills the partition");
        assertEquals("rootfs", card.probe(1).get("LABEL"), "the root file system is untouched");
        assertTrue(made.output().contains("data partition BUURTDATA made"), made.output());
    }

    @Test
    void a_card_without_free_space_is_left_as_it_is_with_exit_3() throws Exception {
        // The root grew over the whole card: only the 3 MiB before the boot partition is free.
        Kaartbeeld card = Kaartbeeld.withRootOverWholeCard(image, 256 * MIB, null);
        String table = card.table();

        Tools.Result full = datapart(image);

        assertEquals(3, full.exit(), full.output());
        assertTrue(full.output().contains("no free space on " + image + " for a data partition"), full.output());
        assertEquals(table, card.table(), "partition table unchanged");
    }

    @Test
    void a_first_boot_tried_again_keeps_the_data_partition_it_made() throws Exception {
        Kaartbeeld card = Kaartbeeld.withRoot(image, 1024 * MIB, 32, null);
        assertEquals(0, datapart(image).exit());
        String table = card.table();
        String uuid = card.probe(2).get("UUID");

        Tools.Result again = datapart(image);

        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("data partition BUURTDATA is there"), again.output());
        assertEquals(table, card.table(), "nothing appended");
        assertEquals(uuid, card.probe(2).get("UUID"), "not formatted again: the data stays");
    }

    static Tools.Result datapart(Path image) throws Exception {
        Path script = Path.of(Opstartkaart.class
                .getResource("/boot/payload/lib/buurtstem-datapart")
                .toURI());
        return Tools.run(List.of("bash", script.toString(), image.toString()), Map.of(), image.getParent());
    }
}
