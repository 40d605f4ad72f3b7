package nl.buurtstem.opstartkaart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A kiosk's opstartkaart (boot card) for Raspberry Pi OS Trixie, as cloud-init's NoCloud source on the card's boot
 * partition: {@code user-data}, {@code network-config}, {@code meta-data}, the kiosk's {@code kiosk.json} (with its
 * one-time token), and the {@code buurtstem/} folder with the first-boot script, systemd units and settings. Made by
 * {@code buurtstem enroll} and by the central node's dashboard (its "Kiosk aanmelden" form), with the same rules and files.
 */
public final class Opstartkaart {

    /** The kiosk's configuration, at the top of the card (the demo and a hand-run kiosk read it there too). */
    public static final String CONFIG_FILE = "kiosk.json";

    private static final String PAYLOAD = "buurtstem/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kiosk kiosk;
    private final BootSettings settings;
    private final Clock clock;

    /** What the central node said about the kiosk when it registered it, plus what staff gave. */
    public record Kiosk(
            String kioskId, String enrollmentToken, String centralUrl, String naam, String buurthuis, String wijk) {}

    public Opstartkaart(Kiosk kiosk, BootSettings settings, Clock clock) {
        this.kiosk = kiosk;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refuses a --boot folder that is not the boot partition of a Raspberry Pi OS Lite image new enough to read the
     * card, before the kiosk is registered; the message says which image to flash.
     */
    public static void checkBootPartition(Path dir) {
        BootPartition.check(dir);
    }

    /** Only kiosk.json: for a kiosk run by hand or the demo, which needs no card. */
    public void writeConfigOnly(Path dir) throws IOException {
        CardFiles.writePrivate(dir.resolve(CONFIG_FILE), JSON.writeValueAsString(kioskJson()));
    }

    /**
     * Writes the card into {@code dir}; the kiosk.json is written last, so a card with it is complete. Onto a boot
     * partition, cmdline.txt then also names the card's seed for cloud-init.
     */
    public void writeTo(Path dir) throws IOException {
        for (CardFile file : files()) {
            CardFiles.write(dir.resolve(file.name()), file.content(), file.secret());
        }
        if (settings.bootPartition()) {
            BootPartition.pointCloudInitAt(dir, instanceId());
        }
    }

    private String instanceId() {
        return "buurtstem-" + kiosk.kioskId();
    }

    /**
     * The same card as one zip, for the dashboard's download: unpacked onto the boot partition it is the card
     * {@link #writeTo} makes. Nothing touches the central node's disk, so the token and Wi-Fi password stay off it.
     */
    public void writeZip(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CardFile file : files()) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        }
    }

    /** One file of the card, by its path on the boot partition; secret ones are kept owner-only where possible. */
    private record CardFile(String name, byte[] content, boolean secret) {
        static CardFile text(String name, String content, boolean secret) {
            return new CardFile(name, content.getBytes(StandardCharsets.UTF_8), secret);
        }
    }

    private List<CardFile> files() throws IOException {
        List<CardFile> files = new ArrayList<>();
        for (String file : payloadFiles()) {
            files.add(new CardFile(PAYLOAD + file, resource("payload/" + file), false));
        }
        files.add(CardFile.text(PAYLOAD + "site.env", siteEnv(), false));
        if (settings.releaseKeyPem() != null) {
            files.add(CardFile.text(PAYLOAD + "release-key.pem", settings.releaseKeyPem(), false));
        }
        files.add(CardFile.text("meta-data", fill(text("meta-data")), false));
        files.add(CardFile.text("user-data", fill(text("user-data.yaml")), false));
        files.add(CardFile.text("network-config", settings.network().toNetworkConfig(), true));
        files.add(CardFile.text(CONFIG_FILE, JSON.writeValueAsString(kioskJson()), true));
        return files;
    }

    private ObjectNode kioskJson() {
        ObjectNode config = JSON.createObjectNode()
                .put("centralUrl", kiosk.centralUrl())
                .put("naam", kiosk.naam())
                .put("buurthuis", kiosk.buurthuis())
                .put("wijk", kiosk.wijk())
                .put("enrollmentToken", kiosk.enrollmentToken());
        config.putObject("scherm")
                .put("type", settings.screen().type())
                .put("rotatie", settings.screen().rotation());
        if (settings.hardware() != null) {
            config.set("hardware", settings.hardware());
        }
        return config;
    }

    private String siteEnv() {
        // Read by bash (source) and by systemd (EnvironmentFile): plain values only, double-quoted.
        return String.join(
                "\n",
                "# Buurtstem kiosk settings, written at enrollment, " + clock.instant() + ". No secrets here.",
                "KIOSK_ID=" + envValue(kiosk.kioskId()),
                "KIOSK_NAAM=" + envValue(kiosk.naam()),
                "KIOSK_PORT=" + settings.kioskPort(),
                "CENTRAL_URL=" + envValue(kiosk.centralUrl()),
                "SCREEN=" + settings.screen().type(),
                "ROTATION=" + settings.screen().rotation(),
                "NIGHTLY_RESTART=" + settings.openingstijden().nightlyRestart(),
                "UPDATE_CHECK=" + settings.openingstijden().updateCheck(),
                "ENROLLED_AT=" + clock.instant().getEpochSecond(),
                "");
    }

    private String fill(String template) {
        String keys = settings.sshKeys().stream().map(Yaml::quote).collect(Collectors.joining(", ", "[", "]"));
        if (settings.sshKeys().isEmpty()) {
            // cloud-init refuses an empty key list; without keys the account has no way in at all, so SSH stays off.
            template = template.replaceAll("(?m)^.*\\{\\{(sshKeys|sshOnly)}}.*\\R", "");
        }
        return template.replace("{{naam}}", kiosk.naam().replaceAll("[\\r\\n\"]", " "))
                .replace("{{kioskId}}", kiosk.kioskId())
                .replace(" {{sshOnly}}", "")
                .replace("{{instanceId}}", instanceId())
                .replace("{{hostname}}", settings.hostname())
                .replace("{{timezone}}", Yaml.quote(settings.timezone()))
                .replace("{{sshKeys}}", keys)
                .replace("{{beheerHash}}", unusableCryptHash());
    }

    /**
     * A SHA-512 crypt string of random characters: well-formed, so the account counts as having a password, yet no
     * password hashes to it (finding one is a preimage of SHA-512), so nobody logs in with one.
     */
    private static String unusableCryptHash() {
        return "$6$" + randomCrypt64(16) + "$" + randomCrypt64(86);
    }

    private static String randomCrypt64(int length) {
        String alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String envValue(String value) {
        return "\"" + value.replaceAll("[\"\\\\$`\\r\\n]", "") + "\"";
    }

    private static List<String> payloadFiles() {
        return text("payload.list").lines().filter(line -> !line.isBlank()).toList();
    }

    private static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Opstartkaart.class.getResourceAsStream("/boot/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the boot template " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
