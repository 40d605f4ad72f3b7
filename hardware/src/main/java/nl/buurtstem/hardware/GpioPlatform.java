package nl.buurtstem.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the GPIO lines the kiosk panel uses: gpiod on a Raspberry Pi 4 or 5, Pi4J's mock platform anywhere else.
 *
 * <pre>{@code
 * try (GpioPlatform gpio = GpioPlatform.open(HardwareConfig.defaults())) {
 *     KioskPanel panel = gpio.panel(PinMap.defaults());
 *     panel.addListener(new PanelListener() {
 *         public void answer(AnswerPress press) { System.out.println(press); }
 *     });
 * }
 * }</pre>
 */
public final class GpioPlatform implements AutoCloseable {

    /** How to choose the GPIO implementation; AUTO looks at the board. */
    public enum Choice {
        AUTO,
        RASPBERRY_PI,
        SIMULATED
    }

    private static final Logger log = LoggerFactory.getLogger(GpioPlatform.class);

    private final Context pi4j;
    private final boolean simulated;
    private final ScheduledExecutorService timer;
    private Pi4jLines lines;

    private GpioPlatform(Context pi4j, boolean simulated) {
        this.pi4j = pi4j;
        this.simulated = simulated;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "panel-lamps");
            t.setDaemon(true);
            return t;
        });
    }

    public static GpioPlatform open(Choice choice) {
        return open(choice, null);
    }

    public static GpioPlatform open(HardwareConfig config) {
        return open(config.platform(), config.gpioChip());
    }

    /**
     * @param gpioChip the gpiod chip of the 40-pin header, or null for Pi4J's choice (on a Pi 5 with an older
     *                 kernel the header is gpiochip4)
     */
    public static GpioPlatform open(Choice choice, String gpioChip) {
        Board board = Board.detect(Path.of("/"));
        boolean simulate = switch (choice) {
            case AUTO -> !board.isRaspberryPi();
            case SIMULATED -> true;
            case RASPBERRY_PI -> false;
        };
        if (simulate) {
            log.info(
                    "GPIO: Pi4J mock platform, simulated buttons and lamps ({})",
                    board.isRaspberryPi() ? "chosen in kiosk.json on " + board.model() : "no Raspberry Pi found");
            return new GpioPlatform(MockGpio.context(), true);
        }
        log.info("GPIO: {} lines through gpiod{}", board.model(), gpioChip == null ? "" : " on " + gpioChip);
        return new GpioPlatform(piContext(gpioChip), false);
    }

    static Context piContext(String gpioChip) {
        // Explicit gpiod providers, no auto-detection: the mock plugin is on the classpath for the demo, and Pi4J's
        // auto-detection would load it wherever its own board check fails, so the Pi's path never asks for plugins.
        ContextBuilder builder = Pi4J.newContextBuilder()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance());
        if (gpioChip != null) {
            builder.setGpioChipName(gpioChip);
        }
        return builder.build();
    }

    /** Opens the panel with the usual timing, clock and lamp timer. */
    public KioskPanel panel(PinMap pins) {
        return panel(pins, ButtonTiming.defaults(), Clock.systemUTC(), delays());
    }

    /**
     * Opens the panel; one panel per platform.
     *
     * @param clock  judges debounce and repeated presses (tests pass a clock they move)
     * @param delays ends lamp flashes (tests pass one they run themselves)
     */
    public synchronized KioskPanel panel(PinMap pins, ButtonTiming timing, Clock clock, Delays delays) {
        if (lines != null) {
            throw new IllegalStateException("the kiosk panel is already open");
        }
        Screen screen = simulated
                ? Screen.none()
                : BacklightScreen.find(Path.of("/sys/class/backlight")).orElseGet(() -> {
                    log.warn(
                            "no display backlight found under /sys/class/backlight; the screen is not switched off or dimmed");
                    return Screen.none();
                });
        lines = new Pi4jLines(pi4j, pins, timing, clock, delays, screen);
        return lines.panel;
    }

    /** The platform's own timer for lamp flashes. */
    public Delays delays() {
        return (delay, task) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Present only on simulated hardware: lets the demo and tests work the buttons and the sensor. */
    public synchronized Optional<SimulatedButtons> simulatedButtons() {
        if (!simulated || lines == null) {
            return Optional.empty();
        }
        return Optional.of(new SimulatedButtons(lines));
    }

    public boolean isSimulated() {
        return simulated;
    }

    @Override
    public synchronized void close() {
        if (lines != null) {
            lines.panel.close();
        }
        timer.shutdownNow();
        pi4j.shutdown();
    }
}
