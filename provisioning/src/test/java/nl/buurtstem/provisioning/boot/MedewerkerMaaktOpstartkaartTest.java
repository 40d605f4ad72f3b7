package nl.buurtstem.provisioning.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import nl.buurtstem.opendata.Beheer;
import nl.buurtstem.opendata.CentralNode;
import nl.buurtstem.opstartkaart.Tools;
import nl.buurtstem.provisioning.enroll.EnrollCommand;
import nl.buurtstem.provisioning.release.Releases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Municipal IT makes a boot card for a new kiosk: the bundle cloud-init reads on Raspberry Pi OS Trixie. */
class MedewerkerMaaktOpstartkaartTest {

    private static final String WIFI_PASSWORD = "Kroon\"Wifi$2026 #geheim";

    @TempDir
    Path centralData;

    @TempDir
    Path work;

    private CentralNode central;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        central = CentralNode.builder()
                .dataDir(centralData)
                .port(0)
                .demoContent(true)
                .build()
                .start();
        new Releases(work.resolve("releases"), centralData).publishHealthy("0.1.0");
        Files.writeString(work.resolve("wifi-password"), WIFI_PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void the_bundle_passes_cloud_inits_own_checks() throws Exception {
        Tools.require("cloud-init");
        Path card = work.resolve("card");

        assertEquals(
                0,
                enroll(
                        card,
                        "--wifi",
                        "Buurthuis De Kroon",
                        "--wifi-password-file",
                        work.resolve("wifi-password").toString(),
                        "--hours",
                        "ma-vr 09:00-22:00, za 10:00-16:00",
                        "--rotation",
                        "90",
                        "--ssh-key",
                        sshKey().toString()),
                err());

        Tools.Result schema = Tools.run(
                "cloud-init",
                "schema",
                "--config-file",
                card.resolve("user-data").toString());
        assertEquals(0, schema.exit(), schema.output());
        assertTrue(schema.output().contains("Valid cloud-config"), schema.output());
        // net-convert renders network-config the way the Pi will (netplan): it fails on a malformed file.
        Path rendered = work.resolve("rendered");
        Tools.Result net = Tools.run(
                "cloud-init",
                "devel",
                "net-convert",
                "--network-data",
                card.resolve("network-config").toString(),
                "--kind",
                "yaml",
                "--distro",
                "debian",
                "--output-kind",
                "netplan",
                "--directory",
                rendered.toString());
        assertEquals(0, net.exit(), net.output());
        String netplan = Files.readString(Files.walk(rendered)
                .filter(p -> p.toString().endsWith(".yaml"))
                .findFirst()
                .orElseThrow());
        assertTrue(netplan.contains("Buurthuis De Kroon"), netplan);
        assertTrue(
                netplan.contains("Kroon\\\"Wifi$2026 #geheim") || netplan.contains("Kroon\"Wifi$2026 #geheim"),
                netplan);
        assertTrue(Files.readString(card.resolve("meta-data")).contains("instance-id: buurtstem-kiosk-"));
        assertFalse(
                Files.readString(card.resolve("user-data")).contains("\nlocale:"),
                "cloud-init's locale module fails on Debian (its locale-gen makes no locale by name)");
    }

    @Test
    void the_maintenance_account_renames_the_images_first_user_and_ssh_is_switched_on_for_its_keys() throws Exception {
        Path withKey = work.resolve("card-key");
        Path withoutKey = work.resolve("card-no-key");
        assertEquals(0, enroll(withKey, "--ssh-key", sshKey().toString()), err());
        assertEquals(0, enroll(withoutKey), err());

        String userData = Files.readString(withKey.resolve("user-data"));
        assertTrue(userData.contains("\nuser:\n  name: beheer\n"), "singular user:, as Raspberry Pi Imager writes");
        assertFalse(userData.contains("\nusers:"), "a second user would leave the image's first user to be asked for");
        assertTrue(userData.contains("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKroon"), userData);
        assertTrue(userData.contains("  - [systemctl, enable, --now, ssh]\n"), userData);
        assertTrue(userData.contains("Check-Date \"false\";"), "apt works while the clock is at the image's date");
        String noKey = Files.readString(withoutKey.resolve("user-data"));
        assertFalse(noKey.contains("enable, --now, ssh"), "no keys, no SSH: " + noKey);
        assertFalse(noKey.contains("{{"), noKey);
    }

    private Path sshKey() throws Exception {
        return Files.writeString(
                work.resolve("it.pub"),
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKroonKroonKroonKroonKroonKroonKroonKroonKro it@gemeente\n");
    }

    @Test
    void the_maintenance_account_has_a_password_hash_nobody_knows_so_no_first_user_dialog_waits() throws Exception {
        Path first = work.resolve("card-1");
        Path second = work.resolve("card-2");
        assertEquals(0, enroll(first), err());
        assertEquals(0, enroll(second), err());

        String hash = beheerHash(first);
        assertTrue(hash.matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}"), hash);
        assertFalse(hash.equals(beheerHash(second)), "every card gets its own");
        assertTrue(
                Files.readString(first.resolve("user-data")).contains("ssh_pwauth: false"),
                "and SSH takes no password");
    }

    private static String beheerHash(Path card) throws Exception {
        return Files.readAllLines(card.resolve("user-data")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("hashed_passwd:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("hashed_passwd: \"(.*)\"", "$1");
    }

    @Test
    void the_retry_script_inside_user_data_passes_shellcheck() throws Exception {
        Tools.require("shellcheck");
        Path card = work.resolve("card");
        assertEquals(0, enroll(card), err());
        List<String> lines = Files.readAllLines(card.resolve("user-data"));
        int start = lines.indexOf("    content: |") + 1;
        StringBuilder script = new StringBuilder();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("      "); i++) {
            script.append(lines.get(i).substring(6)).append('\n');
        }
        assertTrue(script.toString().startsWith("#!/bin/sh"), script.toString());
        Path file = work.resolve("buurtstem-firstboot-retry");
        Files.writeString(file, script);

        Tools.Result check = Tools.run("shellcheck", "--severity=info", file.toString());

        assertEquals(0, check.exit(), check.output());
    }

    @Test
    void secrets_stay_off_the_screen_and_in_private_files() throws Exception {
        Path card = work.resolve("card");

        assertEquals(
                0,
                enroll(
                        card,
                        "--wifi",
                        "Buurthuis De Kroon",
                        "--wifi-password-file",
                        work.resolve("wifi-password").toString()),
                err());

        String token = new ObjectMapper()
                .readTree(card.resolve("kiosk.json").toFile())
                .get("enrollmentToken")
                .asText();
        String printed = stdout.toString(StandardCharsets.UTF_8) + err();
        assertFalse(printed.contains(token), printed);
        assertFalse(printed.contains("geheim"), printed);
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(card.resolve("kiosk.json"))));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(card.resolve("network-config"))));
        for (Path file :
                List.of(card.resolve("user-data"), card.resolve("meta-data"), card.resolve("buurtstem/site.env"))) {
            String text = Files.readString(file);
            assertFalse(text.contains(token) || text.contains("geheim"), file + " holds a secret");
        }
    }

    @Test
    void the_card_carries_the_kiosks_settings_and_the_release_key() throws Exception {
        Path card = work.resolve("card");
        Path hardware = work.resolve("hardware.json");
        Files.writeString(hardware, "{\"pins\": {\"antwoordknoppen\": [17, 27, 22], \"hulpknop\": null}}");

        assertEquals(
                0,
                enroll(
                        card,
                        "--buurthuis",
                        "Buurthuis De Kroon",
                        "--screen",
                        "touch2",
                        "--rotation",
                        "180",
                        "--hardware",
                        hardware.toString(),
                        "--hours",
                        "ma-zo 02:00-04:00"),
                err());

        JsonNode config = new ObjectMapper().readTree(card.resolve("kiosk.json").toFile());
        assertEquals("WK019311", config.get("wijk").asText());
        assertEquals(180, config.get("scherm").get("rotatie").asInt());
        assertEquals(
                3, config.get("hardware").get("pins").get("antwoordknoppen").size());
        String site = Files.readString(card.resolve("buurtstem/site.env"));
        assertTrue(site.contains("NIGHTLY_RESTART=04:30"), site);
        assertTrue(site.contains("SCREEN=touch2"), site);
        assertEquals(
                Files.readString(centralData.resolve("releases/release-key.pem")),
                Files.readString(card.resolve("buurtstem/release-key.pem")));
        assertTrue(Files.exists(card.resolve("buurtstem/firstboot.sh")));
    }

    @Test
    void the_bundle_goes_straight_onto_a_mounted_boot_partition() throws Exception {
        Path bootfs = bootPartition("2025-11-24", "stage2");

        assertEquals(0, EnrollCommand.run(args(null, "--boot", bootfs.toString()), out(), errStream()), err());

        assertTrue(Files.exists(bootfs.resolve("user-data")));
        assertTrue(Files.exists(bootfs.resolve("kiosk.json")));
        String instance = Files.readString(bootfs.resolve("meta-data"))
                .lines()
                .filter(l -> l.startsWith("instance-id: "))
                .findFirst()
                .orElseThrow()
                .substring(13);
        assertEquals(
                "console=tty1 root=PARTUUID=1234-02 rootwait ds=nocloud;i=" + instance + "\n",
                Files.readString(bootfs.resolve("cmdline.txt")),
                "cloud-init is pointed at the card, as Raspberry Pi Imager does; the rest of the line is the Pi's");

        assertEquals(0, EnrollCommand.run(args(null, "--boot", bootfs.toString()), out(), errStream()), err());
        String again = Files.readString(bootfs.resolve("cmdline.txt"));
        assertEquals(1, again.split("ds=nocloud", -1).length - 1, "a card enrolled again names only its new kiosk");
        assertFalse(again.contains(instance), again);
    }

    @Test
    void an_image_older_than_cloud_init_on_the_card_is_refused_with_the_image_to_flash() throws Exception {
        Path bootfs = bootPartition("2025-10-01", "stage2");

        assertEquals(2, EnrollCommand.run(args(null, "--boot", bootfs.toString()), out(), errStream()));

        assertTrue(err().contains("Raspberry Pi OS of 2025-10-01"), err());
        assertTrue(err().contains("Raspberry Pi OS Lite (64-bit)\" of 2025-11-24 or later"), err());
        assertFalse(Files.exists(bootfs.resolve("user-data")));
    }

    @Test
    void a_desktop_image_is_refused_with_the_image_to_flash() throws Exception {
        Path bootfs = bootPartition("2026-02-12", "stage4");

        assertEquals(2, EnrollCommand.run(args(null, "--boot", bootfs.toString()), out(), errStream()));

        assertTrue(err().contains("Desktop image"), err());
        assertTrue(err().contains("Raspberry Pi OS Lite"), err());
        assertFalse(Files.exists(bootfs.resolve("kiosk.json")));
    }

    /** A freshly flashed card's bootfs as pi-gen leaves it: config.txt, cmdline.txt and issue.txt. */
    private Path bootPartition(String date, String stage) throws Exception {
        Path bootfs = Files.createDirectories(work.resolve("bootfs"));
        Files.writeString(bootfs.resolve("config.txt"), "[all]\n");
        Files.writeString(bootfs.resolve("cmdline.txt"), "console=tty1 root=PARTUUID=1234-02 rootwait\n");
        Files.writeString(
                bootfs.resolve("issue.txt"),
                "Raspberry Pi reference " + date + "\nGenerated using pi-gen, https://github.com/RPi-Distro/pi-gen, "
                        + "cf0ef2aab4e8c12ea7fbb8d3ad06b0deb2a5b8ef, " + stage + "\n");
        return bootfs;
    }

    @Test
    void no_card_is_made_while_the_municipality_has_published_no_release() throws Exception {
        Path bootfs = bootPartition("2025-11-24", "stage2");
        Files.delete(centralData.resolve("releases/release-key.pem"));

        assertEquals(1, EnrollCommand.run(args(null, "--boot", bootfs.toString()), out(), errStream()));

        assertTrue(err().contains("no release key"), err());
        assertFalse(Files.exists(bootfs.resolve("user-data")));
        assertFalse(Files.exists(bootfs.resolve("kiosk.json")));
    }

    @Test
    void a_folder_that_is_no_boot_partition_is_refused_before_registering() throws Exception {
        Path notBoot = Files.createDirectories(work.resolve("usb-stick"));

        assertEquals(2, EnrollCommand.run(args(null, "--boot", notBoot.toString()), out(), errStream()));

        assertTrue(err().contains("not a Raspberry Pi boot partition"), err());
        assertTrue(Files.list(notBoot).findAny().isEmpty());
    }

    @Test
    void opening_hours_without_a_closed_night_are_refused() throws Exception {
        assertEquals(2, enroll(work.resolve("card"), "--hours", "ma-zo 00:00-24:00"));
        assertTrue(err().contains("never closed"), err());
    }

    @Test
    void a_wiring_mistake_is_refused_at_the_desk_not_in_the_buurthuis() throws Exception {
        Path hardware = work.resolve("hardware.json");
        Files.writeString(hardware, "{\"pins\": {\"antwoordknoppen\": [17, 27], \"lampRood\": 17}}");

        assertEquals(2, enroll(work.resolve("card"), "--hardware", hardware.toString()));

        assertTrue(err().contains("lampRood") && err().contains("17"), err());
        assertFalse(Files.exists(work.resolve("card/kiosk.json")));
    }

    @Test
    void opening_hours_given_at_enroll_reach_the_central_node() throws Exception {
        assertEquals(0, enroll(work.resolve("card"), "--hours", "ma-vr 09:00-17:00, za 10:00-13:00"), err());

        String kioskId = new ObjectMapper()
                        .readTree(work.resolve("card/kiosk.json").toFile())
                        .has("enrollmentToken")
                ? stdout.toString(StandardCharsets.UTF_8).split(" ")[1]
                : null;
        JsonNode kiosks = new Beheer(central.url(), centralData).get("/api/beheer/kiosks");
        JsonNode kiosk = null;
        for (JsonNode k : kiosks.path("kiosks")) {
            if (k.path("id").asText().equals(kioskId)) {
                kiosk = k;
            }
        }
        assertTrue(kiosk != null, kiosks.toString());
        assertTrue(kiosk.toString().contains("10:00-13:00") && kiosk.toString().contains("zaterdag"), kiosk.toString());
    }

    @Test
    void wifi_without_a_password_is_refused() throws Exception {
        assertEquals(2, enroll(work.resolve("card"), "--wifi", "Buurthuis"));
        assertTrue(err().contains("--wifi-password-file"), err());
    }

    private int enroll(Path card, String... extra) {
        return EnrollCommand.run(args(card, extra), out(), errStream());
    }

    private String[] args(Path card, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--central",
                central.url(),
                "--name",
                "Buurthuis De Kroon",
                "--wijk",
                "WK019311",
                "--staff-key-file",
                centralData.resolve("staff-api-key").toString()));
        if (card != null) {
            args.addAll(List.of("--out", card.toString()));
        }
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private PrintStream out() {
        return new PrintStream(stdout, true, StandardCharsets.UTF_8);
    }

    private PrintStream errStream() {
        return new PrintStream(stderr, true, StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
