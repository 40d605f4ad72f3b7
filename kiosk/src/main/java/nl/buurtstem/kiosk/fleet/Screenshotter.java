package nl.buurtstem.kiosk.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a PNG of the kiosk screen: with the configured command (grim on the Pi's Wayland desktop), or, where
 * no screen is managed (a laptop, the demo), by letting Chromium headless render the kiosk page itself.
 */
final class Screenshotter {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private final FleetSettings settings;
    private final CommandRunner commands;
    private final java.util.function.Supplier<String> kioskPageUrl;

    Screenshotter(FleetSettings settings, CommandRunner commands, java.util.function.Supplier<String> kioskPageUrl) {
        this.settings = settings;
        this.commands = commands;
        this.kioskPageUrl = kioskPageUrl;
    }

    byte[] take() throws IOException {
        Path dir = Files.createTempDirectory("buurtstem-screenshot");
        Path file = dir.resolve("scherm.png");
        try {
            CommandRunner.Outcome outcome = commands.run(command(file, dir), Duration.ofSeconds(60));
            if (!outcome.ok() || !Files.exists(file)) {
                throw new IOException("screenshot failed: " + outcome.output());
            }
            return Files.readAllBytes(file);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<String> command(Path file, Path dir) throws IOException {
        if (!settings.screenshotCommand().isEmpty()) {
            return settings.screenshotCommand().stream().map(part -> part.replace("{file}", file.toString())).toList();
        }
        Path chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IOException("no screenshot command configured and no Chromium to render the page"));
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profiel"), "--window-size=1280,800",
                "--virtual-time-budget=5000", "--screenshot=" + file, kioskPageUrl.get()));
        return command;
    }
}
