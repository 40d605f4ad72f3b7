package nl.buurtstem.hardware;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the kiosk's computer is doing, for heartbeats. A value that cannot be read here (no Raspberry Pi,
 * no vcgencmd) is empty, and {@link #asMap()} shows it as "unknown".
 *
 * @param cpuTemperatureCelsius the SoC temperature
 * @param throttled             whether the CPU is slowed down now (heat or power)
 * @param underVoltage          whether the power supply is too weak now
 * @param underVoltageSinceBoot whether the power supply was too weak at any moment since boot
 * @param freeDiskBytes         free space where the kiosk keeps its data
 * @param uptime                time since the computer started
 */
public record Health(
        Optional<Double> cpuTemperatureCelsius,
        Optional<Boolean> throttled,
        Optional<Boolean> underVoltage,
        Optional<Boolean> underVoltageSinceBoot,
        Optional<Long> freeDiskBytes,
        Optional<Duration> uptime) {

    public static final String UNKNOWN = "unknown";

    /** The readings by name, with "unknown" for what could not be read; ready for a heartbeat's JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(
                "cpuTemperatureCelsius",
                cpuTemperatureCelsius
                        .<Object>map(t -> Math.round(t * 10) / 10.0)
                        .orElse(UNKNOWN));
        map.put("throttled", throttled.<Object>map(b -> b).orElse(UNKNOWN));
        map.put("underVoltage", underVoltage.<Object>map(b -> b).orElse(UNKNOWN));
        map.put(
                "underVoltageSinceBoot",
                underVoltageSinceBoot.<Object>map(b -> b).orElse(UNKNOWN));
        map.put("freeDiskBytes", freeDiskBytes.<Object>map(b -> b).orElse(UNKNOWN));
        map.put("uptimeSeconds", uptime.<Object>map(Duration::toSeconds).orElse(UNKNOWN));
        return map;
    }
}
