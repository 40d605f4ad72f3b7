package nl.buurtstem.hardware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads {@link Health} on a Raspberry Pi from /sys, /proc and {@code vcgencmd get_throttled}; elsewhere the
 * Pi-only readings are "unknown" (free disk and uptime are read wherever the OS offers them).
 *
 * <pre>{@code
 * HealthProbe probe = HealthProbe.forThisMachine(Path.of("/var/lib/buurtstem"));
 * Health now = probe.read();    // cheap enough for every heartbeat
 * }</pre>
 */
public final class HealthProbe {

    // Bits of vcgencmd get_throttled (Raspberry Pi firmware documentation).
    private static final int UNDER_VOLTAGE_NOW = 1;
    private static final int THROTTLED_NOW = 1 << 2;
    private static final int UNDER_VOLTAGE_OCCURRED = 1 << 16;

    private final Path root;
    private final Path dataDir;
    private final boolean raspberryPi;
    private final Function<List<String>, Optional<String>> commands;

    HealthProbe(Path root, Path dataDir, Function<List<String>, Optional<String>> commands) {
        this.root = root;
        this.dataDir = dataDir;
        this.raspberryPi = Board.detect(root).isRaspberryPi();
        this.commands = commands;
    }

    /** Probes this computer; {@code dataDir} is where free disk space matters (the kiosk's data folder). */
    public static HealthProbe forThisMachine(Path dataDir) {
        return new HealthProbe(Path.of("/"), dataDir, HealthProbe::run);
    }

    public Health read() {
        Optional<Integer> flags = raspberryPi ? throttleFlags() : Optional.empty();
        return new Health(
                raspberryPi
                        ? number(root.resolve("sys/class/thermal/thermal_zone0/temp"))
                                .map(milli -> milli / 1000.0)
                        : Optional.empty(),
                flags.map(f -> (f & THROTTLED_NOW) != 0),
                flags.map(f -> (f & UNDER_VOLTAGE_NOW) != 0),
                flags.map(f -> (f & UNDER_VOLTAGE_OCCURRED) != 0),
                freeDisk(),
                uptime());
    }

    private Optional<Integer> throttleFlags() {
        // "throttled=0x50005"
        return commands.apply(List.of("vcgencmd", "get_throttled"))
                .map(String::strip)
                .filter(out -> out.startsWith("throttled=0x"))
                .flatMap(out -> {
                    try {
                        return Optional.of(Integer.parseUnsignedInt(out.substring("throttled=0x".length()), 16));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }

    private Optional<Long> freeDisk() {
        try {
            Path existing = dataDir.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null
                    ? Optional.empty()
                    : Optional.of(Files.getFileStore(existing).getUsableSpace());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> uptime() {
        // "/proc/uptime": "12345.67 54321.00"
        try {
            Path file = root.resolve("proc/uptime");
            if (!Files.isReadable(file)) {
                return Optional.empty();
            }
            String seconds = Files.readString(file).strip().split("\\s+")[0];
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(Path file) {
        try {
            return Files.isReadable(file)
                    ? Optional.of(Double.parseDouble(Files.readString(file).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes());
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
