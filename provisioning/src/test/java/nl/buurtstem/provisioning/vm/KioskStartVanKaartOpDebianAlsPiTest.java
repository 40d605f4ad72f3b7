package nl.buurtstem.provisioning.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.release.Releases;
import nl.buurtstem.testsupport.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A volunteer's card on a booting system. The card is made by {@code ./buurtstem enroll --boot} onto the boot
 * partition of a disk image laid out like Raspberry Pi OS Lite (Debian trixie amd64 from Debian's packages, see
 * provisioning/vm/build-image.sh for every stand-in), and QEMU starts it with no keyboard, its network reaching only
 * the central node. One story across four starts, in order: first boot; the kiosk; a pulled plug; an update.
 */
@Tag("boot-vm")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskStartVanKaartOpDebianAlsPiTest {

    private static final String CENTRAL_HOST = "centrale.buurtstem.test";
    private static final Duration BOOT = Duration.ofMinutes(15);

    private Path work;
    private Fasen fasen;
    private Path centralData;
    private CentralNode central;
    private Releases releases;
    private VirtuelePi pi;
    private Ssh ssh;
    private String kioskId;
    private int kioskPort;

    @BeforeAll
    void makeTheCard() throws Exception {
        Tools.require("qemu-system-x86_64", "mmdebstrap", "mcopy", "mtype", "mkfs.vfat", "ssh", "ssh-keygen", "socat");
        requireRoot();
        Path module = Path.of("").toAbsolutePath();
        work = Files.createDirectories(module.resolve("target/boot-test"));
        Tools.run("rm", "-rf", work.toString());
        Files.createDirectories(work);
        fasen = new Fasen(work.resolve("fasen.txt"));
        centralData = Files.createDirectories(work.resolve("central"));
        Path disk = fasen.time("image: cached, or built by mmdebstrap, and copied", () -> Testbeeld.copyFor(work));

        int centralPort = FreePort.find();
        fasen.time("central node started, release 0.1.0 packed and published", () -> {
            central = CentralNode.builder()
                    .dataDir(centralData)
                    .port(centralPort)
                    .demoContent(true)
                    .build()
                    .start();
            releases = new Releases(work.resolve("releases"), centralData);
            releases.publishFile("0.1.0", packKiosk("0.1.0"));
        });

        kioskPort = FreePort.find();
        pi = new VirtuelePi(disk, work, centralPort, FreePort.find(), kioskPort);
        ssh = Ssh.newKey(work, sshPortOf(pi));
        Path bootfs = Files.createDirectories(work.resolve("bootfs"));
        for (String file : List.of("config.txt", "cmdline.txt", "issue.txt")) {
            Files.writeString(bootfs.resolve(file), pi.readFromBootfs(file));
        }
        Path hosts = Files.writeString(work.resolve("hosts"), "127.0.0.1 " + CENTRAL_HOST + "\n");
        Map<String, String> env = new HashMap<>();
        // The launcher's own build would run inside this build: the jars it needs were packaged just before.
        env.put("BUURTSTEM_BUILT", "1");
        env.put("JAVA_TOOL_OPTIONS", "-Djdk.net.hosts.file=" + hosts);
        Tools.Result enroll = fasen.time(
                "./buurtstem enroll --boot",
                () -> Tools.run(
                        List.of(
                                module.resolveSibling("buurtstem").toString(),
                                "enroll",
                                "--central",
                                "http://" + CENTRAL_HOST + ":" + centralPort + "/",
                                "--name",
                                "Buurthuis De Kroon",
                                "--wijk",
                                "WK019311",
                                "--staff-key-file",
                                centralData.resolve("staff-api-key").toString(),
                                "--ssh-key",
                                ssh.publicKey().toString(),
                                "--hours",
                                "ma-vr 09:00-17:00",
                                "--boot",
                                bootfs.toString()),
                        env,
                        null));
        assertEquals(0, enroll.exit(), enroll.output());
        kioskId = enroll.output().replaceAll("(?s).*kiosk (\\S+) registered.*", "$1");
        // Stand-ins for a Pi's speed. Under TCG Chromium needs minutes for its first page, and the kiosk's screen
        // watchdog (made for a Pi, where it takes seconds) would restart it every two minutes: here it only reports.
        // The kiosk app's JVM needs about four minutes to answer (a Pi: under half a minute), longer than the
        // updater's 180 s health check, which would then mark the first release failed and the system degraded.
        Files.writeString(
                bootfs.resolve("buurtstem/site.env"),
                "BUURTSTEM_BROWSER_RESTART=\nBUURTSTEM_HEALTH_SECONDS=1200\n",
                StandardOpenOption.APPEND);
        pi.writeOntoBootfs(bootfs);
    }

    @AfterAll
    void stop() throws Exception {
        if (pi != null) {
            pi.close();
        }
        if (central != null) {
            central.stop();
        }
    }

    @Test
    @Order(1)
    void first_boot_without_keyboard_runs_cloud_init_and_the_card_then_restarts_by_itself_debian_for_pi_os()
            throws Exception {
        assertTrue(pi.readFromBootfs("cmdline.txt").contains("ds=nocloud;i=buurtstem-" + kioskId));

        pi.powerOn();
        fasen.time("start 1: cloud-init and first boot until the planned restart", () -> pi.waitUntilItStops(BOOT));

        String console = pi.console();
        assertTrue(console.contains("buurtstem firstboot: done; restarting into the kiosk"), pi.tail());
        assertTrue(console.contains("data partition BUURTDATA made"), pi.tail());
        assertFalse(console.contains("FAILED"), pi.tail());
        assertTrue(pi.readFromBootfs("cmdline.txt").startsWith("overlayroot=tmpfs:recurse=0 "));
        assertEquals(null, pi.readFromBootfs("network-config"), "the Wi-Fi password left the boot partition");
        assertEquals(null, pi.readFromBootfs("kiosk.json"), "the token left the boot partition");
    }

    @Test
    @Order(2)
    void after_the_planned_restart_the_root_is_read_only_and_the_data_partition_is_mounted() throws Exception {
        pi.powerOn();
        fasen.time("start 2: until ssh beheer@ answers", this::awaitSsh);

        assertEquals("overlay", ssh.run("findmnt -no FSTYPE /").output().strip());
        assertTrue(ssh.run("findmnt -no OPTIONS /media/root-ro").output().startsWith("ro"), "the card's root: ro");
        Tools.Result data = ssh.run(
                "findmnt -no SOURCE,FSTYPE /var/lib/buurtstem; lsblk -no LABEL $(findmnt -no SOURCE /var/lib/buurtstem)");
        assertTrue(data.output().contains("ext4") && data.output().contains("BUURTDATA"), data.output());
        assertEquals(
                "700 buurtstem",
                ssh.run("sudo stat -c '%a %U' /var/lib/buurtstem").output().strip());
    }

    @Test
    @Order(3)
    void the_kiosk_enrolls_and_chromiums_kiosk_window_covers_the_screen_its_page_not_awaited_under_tcg()
            throws Exception {
        fasen.time(
                "start 2: kiosk enrolled",
                () -> pi.until("kiosk enrolled at the central node", BOOT, () -> enrolled()));
        fasen.time(
                "start 2: Chromium started in the labwc session",
                () -> pi.until(
                        "Chromium showing the kiosk in the screen session",
                        BOOT,
                        () -> sshOk("pgrep -u buurtstem-scherm -f 'chromium.*--kiosk.*http://127.0.0.1:8081/'")));
        Path png = work.resolve("scherm.png");
        // Taken as the dashboard takes it (grim, across users). The VM has no GPU: labwc falls back to software
        // rendering and Chromium draws through SwiftShader, which under TCG took over five minutes without the page's
        // first frame (a Pi: seconds). So the page itself is not awaited here; the browser suites check what a
        // resident sees on real Chromium. Here: the session is up and Chromium's window covers the screen.
        fasen.time(
                "start 2: Chromium's window on screen, in a screenshot",
                () -> pi.until(
                        "Chromium's window in a screenshot of the labwc session",
                        BOOT,
                        () -> screenshot(png) && KioskScherm.chromiumCoversTheScreen(png)));

        BufferedImage screen = ImageIO.read(png.toFile());
        assertTrue(screen.getWidth() >= 640 && screen.getHeight() >= 480, screen.getWidth() + "x" + screen.getHeight());
        assertTrue(KioskScherm.chromiumCoversTheScreen(png), KioskScherm.describe(png));
        System.out.println("boot test screen: " + KioskScherm.describe(png));
    }

    @Test
    @Order(4)
    void cloud_init_finishes_without_errors_and_no_unit_fails_under_the_read_only_root() throws Exception {
        // After the kiosk checks, not before: cloud-init's per-boot stages and the kiosk start at the same time, and
        // under TCG each takes minutes; waiting for one after the other would only add them up.
        Tools.Result status =
                fasen.time("start 2: cloud-init finished", () -> ssh.run("cloud-init status --wait --long"));
        assertTrue(status.output().contains("status: done"), status.output());
        assertTrue(status.output().contains("errors: []"), status.output());
        assertEquals(
                "1",
                ssh.run("grep -c 'buurtstem firstboot: done' /var/log/cloud-init-output.log")
                        .output()
                        .strip(),
                "first boot ran once");
        Tools.Result system = fasen.time(
                "start 2: systemd finished starting",
                () -> ssh.run("systemctl is-system-running --wait; systemctl --failed --no-legend --plain"));
        assertEquals("running", system.output().strip(), "IT would see the kiosk degraded: " + system.output());
    }

    @Test
    @Order(5)
    void it_lets_in_only_beheer_with_the_cards_key_and_speaks_dutch() throws Exception {
        assertEquals("beheer", ssh.run("whoami").output().strip());
        assertEquals(0, ssh.run("sudo -n true").exit(), "beheer has sudo without password");
        assertNotEquals(0, ssh.runAs("root", "true").exit(), "no root over SSH");
        Tools.Result rules = ssh.run("sudo nft list chain inet buurtstem input");
        assertTrue(rules.output().contains("policy drop"), rules.output());
        assertTrue(noAnswerFromTheKioskAppOverTheNetwork(), "the firewall keeps the buurthuis network off the app");
        Tools.Result speech =
                ssh.run("espeak-ng -v nl -w /tmp/hallo.wav 'Welkom in het buurthuis' && stat -c %s /tmp/hallo.wav");
        assertEquals(0, speech.exit(), speech.output());
        assertTrue(Long.parseLong(speech.output().strip()) > 20_000, "espeak-ng spoke: " + speech.output());
    }

    @Test
    @Order(6)
    void every_acknowledged_tap_reaches_the_central_node_exactly_once_after_a_pulled_plug() throws Exception {
        fullStoryOnly();
        String peiling = ssh.run("curl -fsS http://127.0.0.1:8081/api/peilingen/actief | jq -r .id")
                .output()
                .strip();
        // A resident's tap is counted once per four seconds (the kiosk's cooldown): each tap is tried until the kiosk
        // acknowledges it with 201, as a resident taps again when the screen does not thank them.
        Tools.Result taps =
                ssh.run("for optie in 1 2 1 2 1 2 1 2 1 2; do until [ \"$(curl -s -o /dev/null -w '%{http_code}'"
                        + " -X POST -H 'Content-Type: application/json' -d \"{\\\"optie\\\": $optie}\""
                        + " http://127.0.0.1:8081/api/peilingen/" + peiling
                        + "/antwoorden)\" = 201 ]; do sleep 1; done;"
                        + " echo acknowledged; done");
        int acknowledged =
                (int) taps.output().lines().filter("acknowledged"::equals).count();
        assertEquals(10, acknowledged, taps.output());

        pi.pullThePlug();
        pi.powerOn();
        fasen.time("start 3 (after the pulled plug): until ssh answers", this::awaitSsh);
        final int expected = acknowledged;
        fasen.time(
                "start 3: every tap at the central node",
                () -> pi.until("every tap at the central node", BOOT, () -> answersAtCentral(peiling) >= expected));
        pi.until(
                "the kiosk's outbox empty",
                BOOT,
                () -> sshOk("curl -fsS http://127.0.0.1:8081/host/status | jq -e '.wachtend == 0'"));

        assertEquals(expected, answersAtCentral(peiling), "exactly once, none lost and none twice");
    }

    @Test
    @Order(7)
    void a_signed_update_installs_across_a_real_restart_and_a_broken_one_rolls_back() throws Exception {
        fullStoryOnly();
        releases.publishFile("0.2.0", packKiosk("0.2.0"));
        // Not waited for in one SSH call: under TCG the new version's JVM needs minutes to answer its health check.
        ssh.run("sudo systemctl start --no-block buurtstem-update.service");
        fasen.time(
                "start 3: update to 0.2.0 installed and healthy",
                () -> pi.until(
                        "the updater calling 0.2.0 healthy",
                        BOOT,
                        () -> sshOk(
                                "sudo journalctl -u buurtstem-update -b --no-pager | grep -q 'version 0.2.0 is healthy'")));

        ssh.run("sudo systemctl reboot");
        pi.waitUntilItStops(BOOT);
        pi.powerOn();
        fasen.time(
                "start 4 (after the update): until the kiosk runs 0.2.0",
                () -> pi.until(
                        "the kiosk on 0.2.0 after the restart",
                        BOOT,
                        () -> sshOk("curl -fsS http://127.0.0.1:8081/health | jq -e '.version == \"0.2.0\"'")));

        releases.publishBroken("0.3.0");
        ssh.run("sudo systemctl start --no-block buurtstem-update.service");
        fasen.time(
                "start 4: broken 0.3.0 rolled back",
                () -> pi.until(
                        "the broken 0.3.0 rolled back",
                        BOOT,
                        () -> sshOk("sudo jq -e '.rollback.from == \"0.3.0\"' /var/lib/buurtstem/update-state.json")));
        JsonNode state = new ObjectMapper()
                .readTree(
                        ssh.run("sudo cat /var/lib/buurtstem/update-state.json").output());
        assertEquals("0.2.0", state.path("version").asText(), state.toString());
        assertEquals("0.3.0", state.path("rollback").path("from").asText(), state.toString());
        pi.until(
                "the kiosk back on 0.2.0",
                BOOT,
                () -> sshOk("curl -fsS http://127.0.0.1:8081/health | jq -e '.version == \"0.2.0\"'"));
    }

    @Test
    @Order(8)
    void it_turns_the_read_only_root_off_for_maintenance_and_on_again_as_the_it_guide_says() throws Exception {
        fullStoryOnly();
        String logs = ssh.run(
                        "sudo journalctl -u buurtstem-kiosk -u buurtstem-scherm -u buurtstem-update -b --no-pager")
                .output();
        assertTrue(logs.contains("buurtstem-kiosk"), "the guide's log command shows the kiosk's log: " + logs);

        Tools.Result off = ssh.run("sudo /usr/local/lib/buurtstem/buurtstem-overlay off");
        assertTrue(off.output().contains("writable from the next start"), off.output());
        restart("start 5 (overlay off): until ssh answers");
        assertTrue(ssh.run("sudo /usr/local/lib/buurtstem/buurtstem-overlay status")
                .output()
                .contains("now: writable root"));
        assertNotEquals("overlay", ssh.run("findmnt -no FSTYPE /").output().strip());
        // What an apt upgrade would do during maintenance: change the root. It must still be there once the overlay is
        // back on; a change made under the overlay must not.
        assertEquals(
                0, ssh.run("echo onderhoud | sudo tee /etc/buurtstem-onderhoud").exit());

        Tools.Result on = ssh.run("sudo /usr/local/lib/buurtstem/buurtstem-overlay on");
        assertTrue(on.output().contains("read-only from the next start"), on.output());
        restart("start 6 (overlay on again): until ssh answers");
        assertEquals("overlay", ssh.run("findmnt -no FSTYPE /").output().strip());
        assertTrue(ssh.run("sudo /usr/local/lib/buurtstem/buurtstem-overlay status")
                .output()
                .contains("now: read-only root (overlay)"));
        assertEquals(
                "onderhoud", ssh.run("cat /etc/buurtstem-onderhoud").output().strip());
        assertEquals(
                0, ssh.run("echo tijdelijk | sudo tee /etc/buurtstem-tijdelijk").exit());
        pi.until(
                "the kiosk answering after the maintenance",
                BOOT,
                () -> sshOk("curl -fsS http://127.0.0.1:8081/health | jq -e '.status == \"ok\"'"));

        restart("start 7 (read-only root): until ssh answers");
        assertNotEquals(0, ssh.run("test -e /etc/buurtstem-tijdelijk").exit(), "a change under the overlay vanished");
        assertEquals(
                "onderhoud", ssh.run("cat /etc/buurtstem-onderhoud").output().strip());
    }

    private void restart(String phase) throws Exception {
        ssh.run("sudo systemctl reboot");
        pi.waitUntilItStops(BOOT);
        pi.powerOn();
        fasen.time(phase, this::awaitSsh);
    }

    /** The third and later starts: one more start each under TCG, too long for CI's budget (see the IT guide). */
    private static void fullStoryOnly() {
        Assumptions.assumeTrue(
                "1".equals(System.getenv("BUURTSTEM_BOOT_TEST")),
                "a pulled plug and an update each take another start: they run with BUURTSTEM_BOOT_TEST=1");
    }

    private void awaitSsh() throws Exception {
        pi.until("SSH as beheer", BOOT, () -> sshOk("true"));
    }

    private boolean sshOk(String command) {
        try {
            return ssh.run(command).exit() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean screenshot(Path png) {
        try {
            Tools.Result shot =
                    ssh.run("sudo -u buurtstem /usr/local/lib/buurtstem/buurtstem-schermafdruk /tmp/scherm.png");
            if (shot.exit() != 0) {
                return false;
            }
            ssh.download("/tmp/scherm.png", png);
            return ImageIO.read(png.toFile()) != null;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean enrolled() {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + centralData.resolve("central.db"));
                var q = db.createStatement();
                ResultSet rs = q.executeQuery(
                        "SELECT count(*) FROM kiosk WHERE secret IS NOT NULL AND id = '" + kioskId + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private int answersAtCentral(String peiling) {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + centralData.resolve("central.db"));
                var q = db.prepareStatement("SELECT count(*) FROM antwoord WHERE kiosk_id = ? AND peiling = ?")) {
            q.setString(1, kioskId);
            q.setString(2, peiling);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private boolean noAnswerFromTheKioskAppOverTheNetwork() {
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kioskPort + "/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private Path packKiosk(String version) throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + Tools.path());
        Path out = Files.createDirectories(work.resolve("pack-" + version));
        Tools.Result pack = Tools.run(
                List.of("bash", module.resolve("pack-kiosk-release.sh").toString(), version, out.toString()),
                env,
                null);
        assertEquals(0, pack.exit(), pack.output());
        return out.resolve("buurtstem-kiosk-" + version + ".tar.gz");
    }

    private static int sshPortOf(VirtuelePi pi) {
        return pi.sshPort();
    }

    private static void requireRoot() throws Exception {
        boolean root = Tools.run("id", "-u").output().strip().equals("0");
        if (!root && "true".equals(System.getenv("CI"))) {
            Assertions.fail("the boot test builds a root file system and needs root (CI runs as root)");
        }
        Assumptions.assumeTrue(root, "the boot test needs root (mmdebstrap); run it as root or in CI");
    }
}
