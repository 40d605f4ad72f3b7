package nl.buurtstem.provisioning.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import nl.buurtstem.opstartkaart.BootSettings;
import nl.buurtstem.opstartkaart.Opstartkaart;

/**
 * What {@code buurtstem enroll} was asked to do, checked before anything is sent.
 *
 * @param staffKey the municipality's staff API key (from --staff-key, --staff-key-file or BUURTSTEM_STAFF_KEY)
 * @param out      where the boot bundle goes: a folder (--out) or the card's boot partition (--boot)
 */
record EnrollOptions(
        String central, String name, String buurthuis, String wijk, Path out, String staffKey, BootSettings boot) {

    static final String USAGE = """
            usage: buurtstem enroll --central URL --name NAME --wijk CODE (--out DIR | --boot DIR) [options]

            Registers a kiosk at the central node and writes its boot bundle for Raspberry Pi OS Trixie into
            DIR: kiosk.json, cloud-init's user-data, network-config and meta-data, and the buurtstem/ folder.
            The kiosk exchanges the one-time token in kiosk.json for its own key at first contact.

              --central URL          the central node, e.g. https://buurtstem.zwolle.nl/
              --name NAME            how staff will recognise the kiosk, e.g. "Buurthuis De Kroon"
              --wijk CODE            CBS wijkcode of the buurthuis, e.g. WK019311
              --out DIR              folder to write the bundle into (created if needed)
              --buurthuis NAME       the buurthuis's name, if it differs from --name
              --staff-key KEY        the staff API key (or --staff-key-file FILE, or env BUURTSTEM_STAFF_KEY)
            """ + BootSettings.OPTIONS;

    private static final Pattern WIJKCODE = Pattern.compile("WK\\d{6}");

    static EnrollOptions parse(String[] args, Map<String, String> env) {
        String central = null;
        String name = null;
        String buurthuis = null;
        String wijk = null;
        Path out = null;
        String staffKey = env.get("BUURTSTEM_STAFF_KEY");
        BootSettings.Builder boot = new BootSettings.Builder(env);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new UsageException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value\n\n" + USAGE);
            }
            String value = args[++i];
            try {
                if (option.equals("--hardware") || option.equals("--pin-map")) {
                    boot.hardware(HardwareFile.read(Path.of(value)));
                    continue;
                }
                if (boot.accept(option, value)) {
                    continue;
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            switch (option) {
                case "--central" -> central = value;
                case "--name" -> name = value;
                case "--buurthuis" -> buurthuis = value;
                case "--wijk" -> wijk = value;
                case "--out" -> out = Path.of(value);
                case "--staff-key" -> staffKey = value;
                case "--staff-key-file" -> staffKey = readKey(Path.of(value));
                default -> throw new UsageException("unknown option " + option + "\n\n" + USAGE);
            }
        }
        require(central, "--central");
        require(name, "--name");
        require(wijk, "--wijk");
        if (boot.bootDir() != null) {
            if (out != null) {
                throw new UsageException("give either --out DIR or --boot DIR, not both");
            }
            out = boot.bootDir();
            try {
                Opstartkaart.checkBootPartition(out);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        require(out, "--out (or --boot)");
        if (!central.startsWith("http://") && !central.startsWith("https://")) {
            throw new UsageException("--central must be an http(s) URL, got " + central);
        }
        if (!WIJKCODE.matcher(wijk).matches()) {
            throw new UsageException("--wijk must be a CBS wijkcode like WK019311, got " + wijk);
        }
        if (staffKey == null || staffKey.isBlank()) {
            throw new UsageException(
                    "the staff API key is missing: give --staff-key, --staff-key-file or set BUURTSTEM_STAFF_KEY");
        }
        BootSettings settings;
        try {
            settings = boot.build(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new EnrollOptions(
                central.endsWith("/") ? central : central + "/",
                name,
                buurthuis == null ? name : buurthuis,
                wijk,
                out,
                staffKey.trim(),
                settings);
    }

    private static String readKey(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UsageException("cannot read the staff API key from " + file + ": " + e.getMessage());
        }
    }

    private static void require(Object value, String option) {
        if (value == null || value.toString().isBlank()) {
            throw new UsageException(option + " is required\n\n" + USAGE);
        }
    }

    /** The command line cannot be carried out as given; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
