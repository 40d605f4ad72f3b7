package nl.buurtstem.opstartkaart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything about the kiosk's card besides its registration: network, opening hours, screen, wiring, access.
 *
 * @param hostname      the kiosk's network name; derived from its name when not given
 * @param hardware      kiosk.json's checked "hardware" part (pins), or null for the wiring guide's defaults
 * @param releaseKeyPem the public key releases must be signed with, or null to ask the central node
 * @param bootPartition true when writing straight onto a mounted boot partition (checked to be one)
 */
public record BootSettings(
        String hostname,
        String timezone,
        Network network,
        Openingstijden openingstijden,
        Screen screen,
        ObjectNode hardware,
        List<String> sshKeys,
        String releaseKeyPem,
        boolean bootPartition,
        int kioskPort) {

    public static final String OPTIONS = """
              --boot DIR             write onto the card's mounted boot partition (bootfs) instead of --out
              --wifi SSID            Wi-Fi network; the password comes from --wifi-password-file FILE or
                                     env BUURTSTEM_WIFI_PASSWORD (never from the command line: shell history)
              --wifi-country CC      Wi-Fi country (default NL)
              --hours TEXT           opening hours, e.g. "ma-vr 09:00-17:00, za 10:00-13:00"; restarts and
                                     updates happen only outside them
              --screen TYPE          touch7 (default), touch2 or hdmi
              --rotation DEG         0 (default), 90, 180 or 270, clockwise
              --hardware FILE        kiosk.json's "hardware" part (JSON, e.g. {"pins": {...}}) when the wiring
                                     differs from docs/hardware/wiring.md; checked now (alias --pin-map)
              --hostname NAME        network name (default: buurtstem- and the kiosk's name)
              --ssh-key FILE         IT's public SSH key for the 'beheer' account (repeatable; none: no SSH)
              --release-key FILE     public key releases are signed with (default: from the central node)
              --timezone ZONE        default Europe/Amsterdam
            """;

    private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public BootSettings {
        sshKeys = List.copyOf(sshKeys);
    }

    /** The same settings, with the key the kiosk's releases must be signed with. */
    public BootSettings withReleaseKey(String pem) {
        return new BootSettings(
                hostname, timezone, network, openingstijden, screen, hardware, sshKeys, pem, bootPartition, kioskPort);
    }

    /** Collects the boot options one by one while the command line is read. */
    public static final class Builder {
        private final Map<String, String> env;
        private String hostname;
        private String timezone = "Europe/Amsterdam";
        private String wifiSsid;
        private String wifiPassword;
        private String wifiCountry = "NL";
        private Openingstijden hours = Openingstijden.nietGegeven();
        private String screenType = "touch7";
        private int rotation;
        private ObjectNode hardware;
        private final List<String> sshKeys = new ArrayList<>();
        private String releaseKeyPem;
        private Path boot;

        public Builder(Map<String, String> env) {
            this.env = env;
            this.wifiPassword = env.get("BUURTSTEM_WIFI_PASSWORD");
        }

        /** Takes one option; false when it is not a boot option. Throws IllegalArgumentException for bad values. */
        public boolean accept(String option, String value) {
            switch (option) {
                case "--boot" -> boot = Path.of(value);
                case "--wifi" -> wifiSsid = value;
                case "--wifi-password-file" -> wifiPassword(read(Path.of(value), option));
                case "--wifi-country" -> wifiCountry = value.toUpperCase(Locale.ROOT);
                case "--hours" -> hours = Openingstijden.lees(value);
                case "--screen" -> screenType = value.toLowerCase(Locale.ROOT);
                case "--rotation" -> rotation = number(value, option);
                case "--hostname" -> hostname = value.toLowerCase(Locale.ROOT);
                case "--ssh-key" -> sshKey(read(Path.of(value), option));
                case "--release-key" -> releaseKeyPem = read(Path.of(value), option);
                case "--timezone" -> timezone = value;
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** The Wi-Fi password, typed on the dashboard (the command line takes it from a file or the environment). */
        public Builder wifiPassword(String password) {
            this.wifiPassword = password == null ? null : password.strip();
            return this;
        }

        /** kiosk.json's "hardware" part, already checked with the kiosk's own rules (enroll's --hardware FILE). */
        public Builder hardware(ObjectNode hardware) {
            this.hardware = hardware;
            return this;
        }

        /** One public SSH key for IT's 'beheer' account. */
        public Builder sshKey(String publicKey) {
            sshKeys.add(publicKey.strip());
            return this;
        }

        /** The folder to write to when --boot was given, else null. */
        public Path bootDir() {
            return boot;
        }

        public BootSettings build(String kioskName) {
            String host = hostname != null ? hostname : hostnameFor(kioskName);
            if (!HOSTNAME.matcher(host).matches()) {
                throw new IllegalArgumentException(
                        "--hostname must be lower-case letters, digits and dashes, got " + host);
            }
            if (wifiSsid != null && (wifiPassword == null || wifiPassword.isBlank())) {
                throw new IllegalArgumentException("--wifi needs its password in --wifi-password-file FILE or env "
                        + "BUURTSTEM_WIFI_PASSWORD (open Wi-Fi networks are not supported)");
            }
            if (wifiSsid != null && (wifiPassword.length() < 8 || wifiPassword.length() > 63)) {
                throw new IllegalArgumentException("the Wi-Fi password must be 8 to 63 characters (WPA2)");
            }
            if (!wifiCountry.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("--wifi-country must be two letters like NL, got " + wifiCountry);
            }
            for (String key : sshKeys) {
                if (!key.matches("(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|sk-ssh-ed25519@openssh.com) \\S+( .*)?")) {
                    throw new IllegalArgumentException(
                            "--ssh-key: not a public SSH key (a private key must never go on the card)");
                }
            }
            hours.nightlyRestart();
            Network network = wifiSsid == null
                    ? new Network(null, null, wifiCountry)
                    : new Network(wifiSsid, wifiPassword, wifiCountry);
            return new BootSettings(
                    host,
                    timezone,
                    network,
                    hours,
                    new Screen(screenType, rotation),
                    hardware,
                    sshKeys,
                    releaseKeyPem,
                    boot != null,
                    8081);
        }

        static String hostnameFor(String kioskName) {
            String slug = Normalizer.normalize(kioskName, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
            String host = "buurtstem-" + slug;
            return host.length() > 63 ? host.substring(0, 63).replaceAll("-$", "") : host;
        }

        private static int number(String value, String option) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, got " + value);
            }
        }

        private static String read(Path file, String option) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
