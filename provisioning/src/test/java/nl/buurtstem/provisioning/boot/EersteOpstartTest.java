package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Kaartbeeld;
import nl.buurtstem.opstartkaart.RootpartitieKrimptTest;
import nl.buurtstem.opstartkaart.ThrowAwayRoot;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.enroll.EnrollCommand;
import nl.buurtstem.provisioning.release.Releases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk's first boot, run from a freshly enrolled card in a throw-away root folder: everything but what needs
 * a real Pi (apt, partitioning the card, the overlay root), which the script names as skipped.
 */
class EersteOpstartTest {

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;
    private Path card;
    private Path root;

    @BeforeEach
    void enrollAndPrepareRoot() throws Exception {
        Tools.require("jq", "openssl", "curl", "useradd", "systemctl");
        requireRoot();
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        new Releases(work.resolve("releases"), centralData).publishHealthy("0.1.0");
        card = work.resolve("card");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EnrollCommand.run(
                new String[] {
                    "--central",
                    central.url(),
                    "--name",
                    "Buurthuis De Kroon",
                    "--wijk",
                    "WK019311",
                    "--staff-key-file",
                    centralData.resolve("staff-api-key").toString(),
                    "--out",
                    card.toString(),
                    "--hours",
                    "ma-zo 02:00-04:00",
                    "--rotation",
                    "90",
                    "--screen",
                    "touch2"
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        root = ThrowAwayRoot.create(work.resolve("root"));
    }

    @AfterEach
    void stop() {
        if (central != null) {
            central.stop();
        }
    }

    @Test
    void first_boot_sets_up_the_kiosk_in_a_throw_away_root() throws Exception {
        String token = new ObjectMapper()
                .readTree(card.resolve("kiosk.json").toFile())
                .get("enrollmentToken")
                .asText();

        Tools.Result boot = firstBoot();

        assertEquals(0, boot.exit(), boot.output());
        assertTrue(
                boot.output()
                        .matches(
                                "(?s).*skipped without hardware: env BUURTSTEM_SITE_ENV=\\S+ bash \\S+/lib/buurtstem-packages .*"),
                boot.output());
        assertFalse(boot.output().contains(token), "the token is never printed");
        String passwd = Files.readString(root.resolve("etc/passwd"));
        assertTrue(passwd.contains("\nbuurtstem:") && passwd.contains("\nbuurtstem-scherm:"), passwd);
        assertTrue(
                Files.readString(root.resolve("etc/group")).matches("(?s).*\\ngpio:[^\\n]*buurtstem.*"),
                "buttons need gpio");
        assertTrue(
                Files.readString(root.resolve("etc/group")).matches("(?s).*\\nvideo:[^\\n]*\\bbuurtstem\\b.*"),
                "the under-voltage check (vcgencmd) needs video");

        Path config = root.resolve("var/lib/buurtstem/kiosk.json");
        assertEquals(
                token,
                new ObjectMapper()
                        .readTree(config.toFile())
                        .get("enrollmentToken")
                        .asText());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("var/lib/buurtstem"))));
        assertFalse(Files.exists(card.resolve("kiosk.json")), "the token left the readable boot partition");
        assertFalse(Files.exists(card.resolve("network-config")), "the Wi-Fi password left the boot partition");
        assertTrue(boot.output().contains("network-config (with any Wi-Fi password) removed"), boot.output());

        for (String link : List.of(
                "multi-user.target.wants/buurtstem-kiosk.service",
                "graphical.target.wants/buurtstem-scherm.service",
                "timers.target.wants/buurtstem-update.timer",
                "timers.target.wants/buurtstem-nightly.timer",
                "timers.target.wants/buurtstem-timecheck.timer",
                "local-fs.target.wants/var-lib-buurtstem.mount",
                "multi-user.target.wants/buurtstem-update-confirm.service")) {
            assertTrue(Files.isSymbolicLink(root.resolve("etc/systemd/system/" + link)), link + " is enabled");
        }
        assertTrue(Files.readSymbolicLink(root.resolve("etc/systemd/system/default.target"))
                .toString()
                .endsWith("graphical.target"));
        assertTrue(Files.readString(root.resolve("etc/systemd/system.conf.d/buurtstem-watchdog.conf"))
                .contains("RuntimeWatchdogSec="));
        assertTrue(Files.readString(root.resolve("etc/systemd/journald.conf.d/buurtstem.conf"))
                .contains("RuntimeMaxUse="));
        assertTrue(Files.readString(root.resolve("etc/udev/rules.d/90-buurtstem-touch.rules"))
                .contains("0 -1 1 1 0 0"));
        assertTrue(
                Files.readString(root.resolve("etc/polkit-1/rules.d/50-buurtstem.rules"))
                        .contains("buurtstem-scherm.service"),
                "the dashboard's remote actions may restart the screen");
        JsonNode policy = new ObjectMapper()
                .readTree(root.resolve("etc/chromium/policies/managed/buurtstem.json")
                        .toFile());
        assertFalse(
                policy.path("TranslateEnabled").asBoolean(true),
                "no translate bubble over the Dutch start page: " + policy);
        assertFalse(policy.path("PasswordManagerEnabled").asBoolean(true), "nothing kept for the next resident");
        assertTrue(
                Files.readString(root.resolve("etc/systemd/system/systemd-remount-fs.service.d/buurtstem-overlay.conf"))
                        .contains("ConditionKernelCommandLine=!overlayroot"),
                "the overlay root is not remounted with fstab's options (a failed unit at every start)");
        assertFalse(
                Files.readString(root.resolve("boot/firmware/config.txt")).contains("dtoverlay"),
                "the Pi detects Touch Display 2 itself; a forced 7-inch overlay would leave a 5-inch one dark");

        Path current = root.resolve("var/lib/buurtstem/releases/current");
        assertEquals("0.1.0", Files.readSymbolicLink(current).toString());
        assertTrue(Files.isExecutable(current.resolve("bin/buurtstem-kiosk")));
        JsonNode state = new ObjectMapper()
                .readTree(root.resolve("var/lib/buurtstem/update-state.json").toFile());
        assertTrue(state.get("pending").asBoolean(), "health is checked after the restart: " + state);
        assertTrue(Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")));
    }

    @Test
    void the_firewall_lets_in_only_ssh_and_lets_the_kiosk_reach_its_central_node() throws Exception {
        Tools.require("nft");
        assertEquals(0, firstBoot().exit());
        Path rules = root.resolve("etc/nftables.conf");
        String text = Files.readString(rules);

        Tools.Result check = Tools.run("nft", "-c", "-f", rules.toString());

        assertEquals(0, check.exit(), "nft accepts the rules: " + check.output());
        String input = text.substring(text.indexOf("chain input"), text.indexOf("chain forward"));
        assertTrue(input.contains("policy drop"), input);
        assertTrue(input.contains("tcp dport 22 accept"), input);
        assertFalse(input.contains("8081"), "the kiosk app is never reached from the buurthuis network: " + input);
        String port = central.url().replaceAll(".*:(\\d+)/$", "$1");
        String output = text.substring(text.indexOf("chain output"));
        assertTrue(output.contains("policy drop") && output.contains(", " + port + " }"), output);
        assertTrue(
                Files.readString(root.resolve("etc/ssh/sshd_config.d/50-buurtstem.conf"))
                        .contains("PasswordAuthentication no"),
                "SSH takes keys only");
    }

    @Test
    void units_keep_what_they_write_to_themselves_and_the_screen_ends_with_chromium() throws Exception {
        for (String unit : List.of(
                "buurtstem-kiosk.service",
                "buurtstem-scherm.service",
                "buurtstem-update.service",
                "buurtstem-update-confirm.service",
                "buurtstem-timecheck.service")) {
            assertTrue(
                    Files.readString(card.resolve("buurtstem/units/" + unit)).contains("\nUMask=0077\n"),
                    unit + " sets UMask=0077");
        }
        assertTrue(
                Files.readString(card.resolve("buurtstem/units/buurtstem-scherm.service"))
                        .contains("ExecStart=/usr/bin/labwc -S "),
                "labwc -S ends the session with Chromium, so Restart= brings the screen back");
        String mount = Files.readString(card.resolve("buurtstem/units/var-lib-buurtstem.mount"));
        assertTrue(
                mount.contains("Requires=systemd-fsck@dev-disk-by\\x2dlabel-BUURTDATA.service")
                        && mount.contains("After=systemd-fsck@dev-disk-by\\x2dlabel-BUURTDATA.service"),
                "the data partition is checked before it is mounted: " + mount);
        assertTrue(Files.readString(card.resolve("buurtstem/packages.list")).contains("espeak-ng"), "Lees voor");
    }

    @Test
    void it_turns_the_read_only_root_off_and_on_again_for_maintenance() throws Exception {
        Path cmdline =
                Files.writeString(work.resolve("cmdline.txt"), "console=tty1 root=PARTUUID=6c586e13-02 rootwait\n");
        Map<String, String> env = Map.of("BUURTSTEM_CMDLINE", cmdline.toString());
        List<String> overlay =
                List.of("bash", card.resolve("buurtstem/lib/buurtstem-overlay").toString());

        for (int i = 0; i < 2; i++) {
            assertEquals(0, Tools.run(concat(overlay, "on"), env, null).exit());
        }
        assertEquals(
                "overlayroot=tmpfs:recurse=0 console=tty1 root=PARTUUID=6c586e13-02 rootwait\n",
                Files.readString(cmdline),
                "once, and /boot/firmware stays writable (recurse=0) so the overlay can be turned off again");
        assertEquals(0, Tools.run(concat(overlay, "off"), env, null).exit());
        assertEquals("console=tty1 root=PARTUUID=6c586e13-02 rootwait\n", Files.readString(cmdline));
    }

    private static List<String> concat(List<String> command, String argument) {
        List<String> all = new ArrayList<>(command);
        all.add(argument);
        return all;
    }

    @Test
    void a_first_boot_that_failed_succeeds_when_tried_again() throws Exception {
        Path published = centralData.resolve("releases/manifest.json");
        Path aside = work.resolve("manifest.json.aside");
        Files.move(published, aside);

        Tools.Result failed = firstBoot();

        assertEquals(1, failed.exit(), failed.output());
        assertTrue(failed.output().contains("could not install the kiosk release"), failed.output());
        assertFalse(
                Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")),
                "cloud-init must not restart into a half kiosk");

        Files.move(aside, published);
        Tools.Result again = firstBoot();

        assertEquals(0, again.exit(), again.output());
        assertTrue(
                Files.exists(root.resolve("var/lib/buurtstem/kiosk.json")), "the moved configuration is found again");
        assertEquals(
                "0.1.0",
                Files.readSymbolicLink(root.resolve("var/lib/buurtstem/releases/current"))
                        .toString());
        assertTrue(Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")));
    }

    @Test
    void a_card_whose_root_took_all_of_it_gets_its_data_partition_after_one_more_start() throws Exception {
        // Raspberry Pi OS Trixie grew the root over the card before cloud-init; it left cmdline.txt like this.
        Tools.require("sfdisk", "partx", "mkfs.ext4", "e2fsck", "resize2fs", "losetup", "blkid");
        String cmdline =
                "console=serial0,115200 console=tty1 root=PARTUUID=6c586e13-02 rootfstype=ext4 fsck.repair=yes rootwait quiet";
        Files.writeString(card.resolve("cmdline.txt"), cmdline + "\n");
        Kaartbeeld sdCard = Kaartbeeld.withRootOverWholeCard(work.resolve("sd.img"), 1024 * Kaartbeeld.MIB, null);
        Map<String, String> onThisCard =
                Map.of("BUURTSTEM_DISK", sdCard.file().toString(), "BUURTSTEM_ROOT_MIB", "256");

        Tools.Result first = firstBoot(onThisCard);

        assertEquals(0, first.exit(), first.output());
        assertTrue(
                first.output().contains("the root takes the whole card: it shrinks at the next start"), first.output());
        assertTrue(
                first.output().contains("skipped without hardware: update-initramfs -u -k all"),
                "every kernel's initramfs (a Pi 5 starts from initramfs_2712): " + first.output());
        assertEquals(cmdline + " buurtstem-shrinkroot\n", Files.readString(card.resolve("cmdline.txt")));
        Path hook = root.resolve("etc/initramfs-tools/hooks/buurtstem-shrinkroot");
        Path premount = root.resolve("etc/initramfs-tools/scripts/local-premount/buurtstem-shrinkroot");
        assertTrue(Files.isExecutable(hook) && Files.isExecutable(premount), "the initramfs gets the shrink");
        assertFalse(Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")), "not done yet");
        assertTrue(Files.exists(card.resolve("kiosk.json")), "nothing set up on the root that is about to shrink");

        // The next start: the initramfs runs the installed script on the unmounted root and leaves its log in /run.
        Tools.Result initramfs = RootpartitieKrimptTest.shrink(
                sdCard,
                root.resolve("usr/local/lib/buurtstem/buurtstem-shrinkroot"),
                Map.of("BUURTSTEM_ROOT_MIB", "256"));
        assertEquals(0, initramfs.exit(), initramfs.output());
        Files.writeString(
                Files.createDirectories(root.resolve("run")).resolve("buurtstem-shrinkroot.log"), initramfs.output());
        Tools.Result second = firstBoot(onThisCard);

        assertEquals(0, second.exit(), second.output());
        assertTrue(
                second.output().contains("root shrunk to 256 MiB"),
                "the initramfs's words reach IT: " + second.output());
        assertTrue(second.output().contains("data partition BUURTDATA made"), second.output());
        assertEquals("BUURTDATA", sdCard.probe(2).get("LABEL"));
        assertEquals(
                "overlayroot=tmpfs:recurse=0 " + cmdline + "\n",
                Files.readString(card.resolve("cmdline.txt")),
                "the shrink is asked once; the root is read-only from the next start");
        assertFalse(Files.exists(hook) || Files.exists(premount), "the initramfs loses the shrink at its next rebuild");
        assertTrue(
                Files.isSymbolicLink(root.resolve("etc/systemd/system/local-fs.target.wants/var-lib-buurtstem.mount")));
        assertTrue(Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")));
    }

    @Test
    void a_root_that_could_not_shrink_leaves_a_working_kiosk_without_data_partition() throws Exception {
        Tools.require("sfdisk", "partx", "mkfs.ext4", "blkid");
        Files.writeString(card.resolve("cmdline.txt"), "root=PARTUUID=6c586e13-02 rootwait\n");
        Kaartbeeld sdCard = Kaartbeeld.withRootOverWholeCard(work.resolve("sd.img"), 1024 * Kaartbeeld.MIB, null);
        Map<String, String> onThisCard =
                Map.of("BUURTSTEM_DISK", sdCard.file().toString(), "BUURTSTEM_ROOT_MIB", "256");
        assertEquals(0, firstBoot(onThisCard).exit());

        Tools.Result second = firstBoot(onThisCard);

        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("WARNING: no data partition"), second.output());
        assertEquals(
                "root=PARTUUID=6c586e13-02 rootwait\n", Files.readString(card.resolve("cmdline.txt")), "no second try");
        assertFalse(Files.exists(root.resolve("etc/systemd/system/local-fs.target.wants/var-lib-buurtstem.mount")));
        assertTrue(Files.exists(root.resolve("var/lib/buurtstem/.firstboot-done")), "the kiosk starts anyway");
    }

    @Test
    void the_nightly_restart_and_updates_fall_in_closing_hours() throws Exception {
        Tools.require("systemd-analyze");
        assertEquals(0, firstBoot().exit());

        for (String timer : List.of("buurtstem-nightly", "buurtstem-update")) {
            String dropIn =
                    Files.readString(root.resolve("etc/systemd/system/" + timer + ".timer.d/closing-hours.conf"));
            String when = dropIn.lines()
                    .filter(l -> l.startsWith("OnCalendar=*"))
                    .findFirst()
                    .orElseThrow()
                    .substring(11);
            Tools.Result calendar = Tools.run("systemd-analyze", "calendar", when);
            assertEquals(0, calendar.exit(), calendar.output());
            String time = when.substring(when.indexOf(' ') + 1);
            assertTrue(
                    time.compareTo("02:00") < 0 || time.compareTo("04:00") >= 0,
                    timer + " at " + time + " is inside opening hours");
        }
    }

    @Test
    void every_installed_unit_passes_systemd_analyze_verify() throws Exception {
        Tools.require("systemd-analyze", "chvt");
        assertEquals(0, firstBoot().exit());
        Path units = Files.createDirectories(work.resolve("verify"));
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        try (Stream<Path> installed = Files.list(root.resolve("etc/systemd/system"))) {
            for (Path unit : installed
                    .filter(u -> u.getFileName().toString().contains("buurtstem")
                            && Files.isRegularFile(u, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                // Programs the first boot installed live in the throw-away root; verify looks for them there.
                String text = Files.readString(unit)
                        .replace("/usr/local/lib/buurtstem/", root + "/usr/local/lib/buurtstem/")
                        .replace("ExecStart=/var/lib/buurtstem/", "ExecStart=" + root + "/var/lib/buurtstem/");
                Files.writeString(units.resolve(unit.getFileName()), text);
                command.add(units.resolve(unit.getFileName()).toString());
            }
        }
        assertEquals(3 + 10, command.size(), command.toString());

        Tools.Result verify = Tools.run(command, Map.of(), null);

        // labwc is Raspberry Pi OS's compositor and not packaged for the Debian that CI runs on; the card installs it.
        List<String> problems = verify.output()
                .lines()
                .filter(line -> !line.isBlank())
                .filter(line -> !line.contains("Command /usr/bin/labwc is not executable"))
                .toList();
        assertEquals(List.of(), problems, verify.output());
        assertTrue(Files.readString(card.resolve("buurtstem/packages.list")).contains("labwc"));
    }

    private Tools.Result firstBoot() throws IOException, InterruptedException {
        return firstBoot(Map.of());
    }

    private Tools.Result firstBoot(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(Map.of("BUURTSTEM_ROOT", root.toString(), "BUURTSTEM_OFFLINE", "1"));
        return Tools.run(List.of("bash", card.resolve("buurtstem/firstboot.sh").toString()), all, work);
    }

    private static void requireRoot() throws IOException, InterruptedException {
        boolean root = Tools.run("id", "-u").output().strip().equals("0");
        if (!root && "true".equals(System.getenv("CI"))) {
            Assertions.fail("the first-boot test creates users in a throw-away root and needs root (CI runs as root)");
        }
        Assumptions.assumeTrue(root, "the first-boot test needs root (useradd --root); run the tests as root or in CI");
    }
}
