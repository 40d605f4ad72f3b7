package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Takes a PNG of the kiosk screen: with the configured command (grim on the Pi's Wayland desktop), or, where
 * no screen is managed (a laptop, the demo), by letting Chromium headless render the kiosk page itself.
 */
final class Screenshotter {

    private static final List<Path> CHROMIUM =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private final FleetSettings settings;
    private final CommandRunner commands;
    private final Supplier<String> kioskPageUrl;

    Screenshotter(FleetSettings settings, CommandRunner commands, Supplier<String> kioskPageUrl) {
        this.settings = settings;
        this.commands = commands;
        this.kioskPageUrl = kioskPageUrl;
    }

    /** A PNG and how it was made, for the result staff see. */
    record Shot(byte[] png, String how) {}

    Shot take() throws IOException {
        Path dir = Files.createTempDirectory("buurtstem-screenshot");
        try {
            if (!settings.screenshotCommand().isEmpty()) {
                Path file = dir.resolve("scherm.png");
                List<String> command = settings.screenshotCommand().stream()
                        .map(p -> p.replace("{file}", file.toString()))
                        .toList();
                CommandRunner.Outcome outcome = commands.run(command, Duration.ofSeconds(60));
                if (outcome.ok() && Files.exists(file)) {
                    return new Shot(Files.readAllBytes(file), "screen captured by " + command.getFirst());
                }
                // A screen capture can fail (no Wayland session yet); the page as Chromium renders it still helps
                // staff.
                return rendered(
                        dir,
                        command.getFirst() + " failed (" + outcome.output() + "); page rendered by Chromium instead");
            }
            return rendered(dir, "page rendered by Chromium headless");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Shot rendered(Path dir, String how) throws IOException {
        Path file = dir.resolve("pagina.png");
        CommandRunner.Outcome outcome = commands.run(chromium(file, dir), Duration.ofSeconds(60));
        if (!outcome.ok() || !Files.exists(file)) {
            throw new IOException("screenshot failed: " + outcome.output());
        }
        return new Shot(Files.readAllBytes(file), how);
    }

    private List<String> chromium(Path file, Path dir) throws IOException {
        Path chromium = CHROMIUM.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(
                        () -> new IOException("no screenshot command configured and no Chromium to render the page"));
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profiel"),
                "--window-size=1280,800",
                "--virtual-time-budget=5000",
                "--screenshot=" + file,
                // Marked, so this rendering's own "alive" pings do not count as the kiosk's screen (kiosk-ui/alive.js).
                kioskPageUrl.get() + "?schermafbeelding=1"));
        return command;
    }
}
