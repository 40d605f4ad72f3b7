package nl.buurtstem.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What staff read about a kiosk's card, from the mounts of the three kinds of kiosk there are. */
class OpslagTest {

    @Test
    void a_card_with_its_data_partition_and_overlay_is_protected() {
        assertEquals(new Opslag(true, true), Opslag.uit("/dev/mmcblk0p3", "ext4", "overlayroot", "overlay"));
    }

    @Test
    void a_trixie_card_whose_root_took_the_whole_card_is_not() {
        // The unit's ReadWritePaths= binds /var/lib/buurtstem onto itself: a mount point, on the root's own device.
        assertEquals(new Opslag(false, false), Opslag.uit("/dev/mmcblk0p2", "ext4", "/dev/mmcblk0p2", "ext4"));
    }

    @Test
    void data_kept_in_memory_is_no_data_partition() {
        assertEquals(new Opslag(false, false), Opslag.uit("tmpfs", "tmpfs", "/dev/sda2", "ext4"));
    }
}
