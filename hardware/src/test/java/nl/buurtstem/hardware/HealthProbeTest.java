package nl.buurtstem.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk reports its computer's health: real figures on a Pi, "unknown" where they cannot be read. */
class HealthProbeTest {

    @TempDir
    Path root;

    @Test
    void on_a_pi_temperature_throttling_and_under_voltage_are_read() throws Exception {
        write("proc/device-tree/model", "Raspberry Pi 5 Model B Rev 1.0\u0000");
        write("sys/class/thermal/thermal_zone0/temp", "61234\n");
        write("proc/uptime", "3600.52 7000.10\n");
        HealthProbe probe = new HealthProbe(root, root, command -> Optional.of("throttled=0x50005\n"));

        Health health = probe.read();

        assertEquals(Optional.of(61.234), health.cpuTemperatureCelsius());
        assertEquals(Optional.of(true), health.throttled());
        assertEquals(Optional.of(true), health.underVoltage());
        assertEquals(Optional.of(true), health.underVoltageSinceBoot());
        assertEquals(Optional.of(Duration.ofMillis(3_600_520)), health.uptime());
        assertTrue(health.freeDiskBytes().orElseThrow() > 0);
    }

    @Test
    void a_pi_with_a_good_power_supply_reports_no_under_voltage() throws Exception {
        write("proc/device-tree/model", "Raspberry Pi 4 Model B Rev 1.5");
        Health health = new HealthProbe(root, root, command -> Optional.of("throttled=0x0")).read();

        assertEquals(Optional.of(false), health.underVoltage());
        assertEquals(Optional.of(false), health.throttled());
    }

    @Test
    void elsewhere_the_pi_readings_are_unknown() throws Exception {
        write("sys/class/thermal/thermal_zone0/temp", "45000");
        Health health = new HealthProbe(root, root, command -> Optional.of("throttled=0x50005")).read();

        assertEquals("unknown", health.asMap().get("cpuTemperatureCelsius"));
        assertEquals("unknown", health.asMap().get("throttled"));
        assertEquals("unknown", health.asMap().get("underVoltage"));
        assertEquals("unknown", health.asMap().get("uptimeSeconds"));
    }

    @Test
    void a_pi_without_vcgencmd_reports_throttling_as_unknown() throws Exception {
        write("proc/device-tree/model", "Raspberry Pi 5 Model B Rev 1.0");
        Health health = new HealthProbe(root, root, command -> Optional.empty()).read();

        assertEquals("unknown", health.asMap().get("throttled"));
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
