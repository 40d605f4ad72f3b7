package nl.buurtstem.hardware;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The "hardware" part of kiosk.json, validated at start. Every entry may be left out (the wiring guide's
 * defaults apply); a wrong one stops the kiosk with a {@link HardwareConfigException} that names it.
 *
 * <pre>{@code
 * "hardware": {"platform": "auto", "gpioChip": "gpiochip0", "debounceMs": 30, "herhaalSeconden": 5, "dimNaSeconden": 120,
 *              "pins": {"antwoordknoppen": [17, 27, 22, 23, 24], "hulpknop": 25,
 *                       "lampGroen": 5, "lampOranje": 6, "lampRood": 13, "aanwezigheid": 4}}
 * }</pre>
 *
 * @param platform which GPIO to use; AUTO picks gpiod on a Raspberry Pi and Pi4J's mock elsewhere
 * @param gpioChip the gpiod chip of the 40-pin header, or null to let Pi4J choose
 * @param dimAfter how long after the last presence the screen dims
 */
public record HardwareConfig(
        GpioPlatform.Choice platform, String gpioChip, PinMap pins, ButtonTiming timing, Duration dimAfter) {

    static final String ROOT = "hardware";
    static final String PINS = ROOT + ".pins";
    private static final Set<String> KEYS =
            Set.of("platform", "gpioChip", "pins", "debounceMs", "herhaalSeconden", "dimNaSeconden");
    private static final Set<String> PIN_KEYS =
            Set.of("antwoordknoppen", "hulpknop", "lampGroen", "lampOranje", "lampRood", "aanwezigheid");
    public static final Duration DEFAULT_DIM_AFTER = Duration.ofMinutes(2);

    public static HardwareConfig defaults() {
        return new HardwareConfig(
                GpioPlatform.Choice.AUTO, null, PinMap.defaults(), ButtonTiming.defaults(), DEFAULT_DIM_AFTER);
    }

    /** Reads the "hardware" object of kiosk.json (as a map); null or empty gives the defaults. */
    public static HardwareConfig from(Map<String, ?> hardware) {
        if (hardware == null) {
            return defaults();
        }
        refuseUnknown(ROOT, hardware, KEYS);
        PinMap defaults = PinMap.defaults();
        Map<String, ?> pins = object(PINS, hardware.get("pins"));
        refuseUnknown(PINS, pins, PIN_KEYS);
        PinMap pinMap = new PinMap(
                pins.containsKey("antwoordknoppen")
                        ? lines(PINS + ".antwoordknoppen", pins.get("antwoordknoppen"))
                        : defaults.answerButtons(),
                pins.containsKey("hulpknop")
                        ? optionalLine(PINS + ".hulpknop", pins.get("hulpknop"))
                        : defaults.helpButton(),
                pins.containsKey("lampGroen") ? line(PINS + ".lampGroen", pins.get("lampGroen")) : defaults.greenLamp(),
                pins.containsKey("lampOranje")
                        ? line(PINS + ".lampOranje", pins.get("lampOranje"))
                        : defaults.orangeLamp(),
                pins.containsKey("lampRood") ? line(PINS + ".lampRood", pins.get("lampRood")) : defaults.redLamp(),
                pins.containsKey("aanwezigheid")
                        ? optionalLine(PINS + ".aanwezigheid", pins.get("aanwezigheid"))
                        : defaults.presenceSensor());
        ButtonTiming timing = new ButtonTiming(
                duration(hardware, "debounceMs", 0, 1000, ButtonTiming.DEFAULT_DEBOUNCE.toMillis(), Duration::ofMillis),
                duration(
                        hardware,
                        "herhaalSeconden",
                        0,
                        3600,
                        ButtonTiming.DEFAULT_REPEAT_INTERVAL.toSeconds(),
                        Duration::ofSeconds));
        Duration dimAfter =
                duration(hardware, "dimNaSeconden", 5, 86_400, DEFAULT_DIM_AFTER.toSeconds(), Duration::ofSeconds);
        return new HardwareConfig(
                platform(hardware.get("platform")),
                text(ROOT + ".gpioChip", hardware.get("gpioChip")),
                pinMap,
                timing,
                dimAfter);
    }

    private static GpioPlatform.Choice platform(Object value) {
        if (value == null) {
            return GpioPlatform.Choice.AUTO;
        }
        return switch (String.valueOf(value).toLowerCase(Locale.ROOT)) {
            case "auto" -> GpioPlatform.Choice.AUTO;
            case "pi" -> GpioPlatform.Choice.RASPBERRY_PI;
            case "simulated" -> GpioPlatform.Choice.SIMULATED;
            default ->
                throw new HardwareConfigException(
                        ROOT + ".platform", "must be auto, pi or simulated, got \"" + value + "\"");
        };
    }

    private static void refuseUnknown(String at, Map<String, ?> entries, Set<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                throw new HardwareConfigException(
                        at + "." + key,
                        "is not a known entry; known are "
                                + known.stream().sorted().toList());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> object(String entry, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new HardwareConfigException(entry, "must be an object like {\"lampRood\": 13}");
        }
        return (Map<String, ?>) map;
    }

    private static List<Integer> lines(String entry, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new HardwareConfigException(entry, "must be a list of GPIO numbers, e.g. [17, 27, 22, 23, 24]");
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(line(entry + "[" + i + "]", list.get(i)));
        }
        return result;
    }

    private static Integer optionalLine(String entry, Object value) {
        return value == null ? null : line(entry, value);
    }

    private static int line(String entry, Object value) {
        if (value instanceof Integer n) {
            return n;
        }
        throw new HardwareConfigException(entry, "must be a BCM GPIO number (e.g. 17), got " + describe(value));
    }

    private static String text(String entry, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new HardwareConfigException(entry, "must be text, e.g. \"gpiochip0\", got " + describe(value));
    }

    private static Duration duration(
            Map<String, ?> hardware, String key, long min, long max, long fallback, LongFunction<Duration> unit) {
        Object value = hardware.get(key);
        if (value == null) {
            return unit.apply(fallback);
        }
        if (!(value instanceof Integer || value instanceof Long)
                || ((Number) value).longValue() < min
                || ((Number) value).longValue() > max) {
            throw new HardwareConfigException(
                    ROOT + "." + key, "must be a whole number from " + min + " to " + max + ", got " + describe(value));
        }
        return unit.apply(((Number) value).longValue());
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
