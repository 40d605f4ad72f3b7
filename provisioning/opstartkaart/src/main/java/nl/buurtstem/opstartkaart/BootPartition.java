package nl.buurtstem.opstartkaart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boot partition (bootfs) of a freshly flashed Raspberry Pi OS card, as {@code enroll --boot} finds it. pi-gen
 * leaves {@code issue.txt} there: the image's date and the last stage it was built to (stage2 is Lite; stage4 and
 * stage5 are the Desktop images, whose lightdm and first-run wizard would start beside the kiosk's own session).
 */
final class BootPartition {

    /** The first Raspberry Pi OS (Trixie) whose first boot reads cloud-init's seed from the boot partition. */
    static final LocalDate FIRST_WITH_CLOUD_INIT = LocalDate.of(2025, 11, 24);

    static final String WHICH_IMAGE = "flash \"Raspberry Pi OS Lite (64-bit)\" of " + FIRST_WITH_CLOUD_INIT
            + " or later with Raspberry Pi Imager (Other → Raspberry Pi OS Lite), without its own customisation";

    private static final Pattern ISSUE =
            Pattern.compile("(?s)Raspberry Pi reference (\\d{4}-\\d{2}-\\d{2}).*?pi-gen.*?, (stage\\w+)\\s*$");

    private BootPartition() {}

    /** Refuses what is not the boot partition of a Raspberry Pi OS Lite image that reads the card. */
    static void check(Path dir) {
        if (!Files.isRegularFile(dir.resolve("config.txt")) || !Files.isRegularFile(dir.resolve("cmdline.txt"))) {
            throw new IllegalArgumentException(dir + " is not a Raspberry Pi boot partition (no config.txt and "
                    + "cmdline.txt); " + WHICH_IMAGE + ", or use --out DIR for a folder");
        }
        String issue = read(dir.resolve("issue.txt"));
        Matcher m = ISSUE.matcher(issue == null ? "" : issue.strip());
        if (!m.find()) {
            throw new IllegalArgumentException(dir + " holds no Raspberry Pi OS image we know (its issue.txt does "
                    + "not name a Raspberry Pi reference image); " + WHICH_IMAGE);
        }
        LocalDate date = LocalDate.parse(m.group(1));
        if (date.isBefore(FIRST_WITH_CLOUD_INIT)) {
            throw new IllegalArgumentException("this card holds Raspberry Pi OS of " + date
                    + ", which ignores the kiosk's settings on the card (it has no cloud-init yet); " + WHICH_IMAGE);
        }
        if (!m.group(2).equals("stage2")) {
            throw new IllegalArgumentException("this card holds a Raspberry Pi OS Desktop image (" + m.group(2)
                    + "): its desktop and welcome wizard would start beside the kiosk screen; " + WHICH_IMAGE);
        }
    }

    /**
     * Names the NoCloud seed and its instance on the kernel's command line, as Raspberry Pi Imager does: cloud-init
     * then reads this card's files for this kiosk even where it would not look for them by itself. An earlier
     * kiosk's words are replaced, everything else on the one line stays as the image had it.
     */
    static void pointCloudInitAt(Path dir, String instanceId) throws IOException {
        Path cmdline = dir.resolve("cmdline.txt");
        String line = Files.readString(cmdline).lines().findFirst().orElse("");
        String kept = line.replaceAll("(^|\\s)ds=nocloud\\S*", "").strip();
        CardFiles.write(cmdline, (kept + " ds=nocloud;i=" + instanceId + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
