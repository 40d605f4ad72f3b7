package nl.buurtstem.kiosk.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the kiosk reports to the fleet dashboard and looks after its own browser.
 *
 * @param heartbeatInterval      until the central node says otherwise in its reply
 * @param watchdogAfter          the kiosk page silent this long: the browser session is restarted
 * @param watchdogGrace          after start and after each restart, time for the browser to come up
 * @param browserRestartCommand  restarts the browser session; empty: the watchdog only reports
 * @param appRestartCommand      restarts the kiosk app (remote action); empty: refused
 * @param rebootCommand          reboots the computer (remote action); empty: refused
 * @param screenshotCommand      writes a PNG of the screen to the path given as {@code {file}}; empty:
 *                               Chromium headless renders the kiosk page when present, else refused
 */
public record FleetSettings(
        Duration heartbeatInterval,
        Duration watchdogAfter,
        Duration watchdogGrace,
        List<String> browserRestartCommand,
        List<String> appRestartCommand,
        List<String> rebootCommand,
        List<String> screenshotCommand) {

    public static final String BROWSER_UNIT = "buurtstem-scherm.service";
    public static final String KIOSK_UNIT = "buurtstem-kiosk.service";
    /** Runs grim through the Wayland socket the screen session (another user) shares with the app's group. */
    public static final String SCREENSHOT_SCRIPT = "/usr/local/lib/buurtstem/buurtstem-schermafdruk";

    /**
     * On a kiosk set up by provisioning (its screen unit present): systemctl, and grim on the screen session's
     * Wayland socket ({@link #SCREENSHOT_SCRIPT}). Elsewhere (a laptop, the demo) nothing is restarted or rebooted,
     * and screenshots come from Chromium headless. Each command can be
     * set in the environment (e.g. {@code Environment=} in the kiosk's unit), words split on spaces:
     * {@code BUURTSTEM_BROWSER_RESTART}, {@code BUURTSTEM_APP_RESTART}, {@code BUURTSTEM_REBOOT},
     * {@code BUURTSTEM_SCREENSHOT} (with {@code {file}} where the PNG goes); an empty value switches one off.
     */
    public static FleetSettings forThisMachine() {
        boolean provisioned = Files.exists(Path.of("/etc/systemd/system", BROWSER_UNIT));
        return new FleetSettings(
                Duration.ofSeconds(60),
                Duration.ofSeconds(90),
                Duration.ofSeconds(120),
                command(
                        "BUURTSTEM_BROWSER_RESTART",
                        provisioned ? List.of("systemctl", "--no-block", "restart", BROWSER_UNIT) : List.of()),
                command(
                        "BUURTSTEM_APP_RESTART",
                        provisioned ? List.of("systemctl", "--no-block", "restart", KIOSK_UNIT) : List.of()),
                command("BUURTSTEM_REBOOT", provisioned ? List.of("systemctl", "--no-block", "reboot") : List.of()),
                command("BUURTSTEM_SCREENSHOT", provisioned ? List.of(SCREENSHOT_SCRIPT, "{file}") : List.of()));
    }

    private static List<String> command(String variable, List<String> otherwise) {
        String set = System.getenv(variable);
        if (set == null) {
            return otherwise;
        }
        return set.isBlank() ? List.of() : List.of(set.strip().split("\\s+"));
    }

    public FleetSettings withTimes(Duration interval, Duration watchdog, Duration grace) {
        return new FleetSettings(
                interval, watchdog, grace, browserRestartCommand, appRestartCommand, rebootCommand, screenshotCommand);
    }

    public FleetSettings withCommands(
            List<String> browserRestart, List<String> appRestart, List<String> reboot, List<String> screenshot) {
        return new FleetSettings(
                heartbeatInterval,
                watchdogAfter,
                watchdogGrace,
                List.copyOf(browserRestart),
                List.copyOf(appRestart),
                List.copyOf(reboot),
                List.copyOf(screenshot));
    }
}
