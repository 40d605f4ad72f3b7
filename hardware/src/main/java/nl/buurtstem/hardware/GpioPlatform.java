package nl.buurtstem.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the GPIO lines the kiosk panel uses: gpiod on a Raspberry Pi, Pi4J's mock platform anywhere else.
 *
 * <pre>{@code
 * try (GpioPlatform gpio = GpioPlatform.open(GpioPlatform.Choice.AUTO)) {
 *     KioskPanel panel = gpio.panel(PinMap.defaults());
 *     panel.onAnswerPressed(n -> System.out.println("answer " + n));
 * }
 * }</pre>
 */
public final class GpioPlatform implements AutoCloseable {

    /** How to choose the GPIO implementation; AUTO looks at the board. */
    public enum Choice { AUTO, RASPBERRY_PI, SIMULATED }

    private static final Logger log = LoggerFactory.getLogger(GpioPlatform.class);
    private static final Path BOARD_MODEL = Path.of("/proc/device-tree/model");

    private final Context pi4j;
    private final boolean simulated;
    private Pi4jKioskPanel panel;

    private GpioPlatform(Context pi4j, boolean simulated) {
        this.pi4j = pi4j;
        this.simulated = simulated;
    }

    public static GpioPlatform open(Choice choice) {
        boolean onPi = isRaspberryPi();
        boolean simulate = switch (choice) {
            case AUTO -> !onPi;
            case SIMULATED -> true;
            case RASPBERRY_PI -> false;
        };
        if (simulate) {
            log.info("GPIO: simulated buttons and lamps ({})", onPi ? "chosen in config" : "no Raspberry Pi found");
            return new GpioPlatform(simulatedContext(), true);
        }
        log.info("GPIO: Raspberry Pi lines through gpiod");
        // Auto-detection loads the gpiod providers from the classpath; the mock plugin is never added here.
        return new GpioPlatform(Pi4J.newAutoContext(), false);
    }

    /** Opens the panel on the given pins; one panel per platform. */
    public synchronized KioskPanel panel(PinMap pins) {
        if (panel != null) {
            throw new IllegalStateException("the kiosk panel is already open");
        }
        panel = new Pi4jKioskPanel(pi4j, pins);
        return panel;
    }

    /** Present only on simulated hardware: lets the demo and tests press the buttons. */
    public Optional<SimulatedButtons> simulatedButtons() {
        if (!simulated || panel == null) {
            return Optional.empty();
        }
        return Optional.of(new SimulatedButtons(panel.answerInputs()));
    }

    public boolean isSimulated() {
        return simulated;
    }

    @Override
    public synchronized void close() {
        if (panel != null) {
            panel.close();
        }
        pi4j.shutdown();
    }

    private static Context simulatedContext() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    private static boolean isRaspberryPi() {
        try {
            return Files.isReadable(BOARD_MODEL) && Files.readString(BOARD_MODEL).contains("Raspberry Pi");
        } catch (IOException e) {
            return false;
        }
    }
}
