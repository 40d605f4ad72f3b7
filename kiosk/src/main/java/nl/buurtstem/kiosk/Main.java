package nl.buurtstem.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import nl.buurtstem.hardware.GpioPlatform;

/**
 * Starts the kiosk: {@code --config kiosk.json [--data DIR] [--port N] [--listen ADDRESS] [--hardware auto|simulated|pi]
 * [--sync-interval-ms N] [--answer-cooldown-ms N]}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        Path configFile = Path.of("kiosk.json");
        Path dataDir = null;
        int port = 8081;
        String listen = "127.0.0.1";
        GpioPlatform.Choice gpio = GpioPlatform.Choice.AUTO;
        Duration syncInterval = Duration.ofSeconds(5);
        Duration answerCooldown = Duration.ofSeconds(4);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> configFile = Path.of(value(args, ++i));
                case "--data" -> dataDir = Path.of(value(args, ++i));
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--listen" -> listen = value(args, ++i);
                case "--sync-interval-ms" -> syncInterval = Duration.ofMillis(Long.parseLong(value(args, ++i)));
                case "--answer-cooldown-ms" -> answerCooldown = Duration.ofMillis(Long.parseLong(value(args, ++i)));
                case "--hardware" ->
                    gpio = switch (value(args, ++i).toLowerCase(Locale.ROOT)) {
                        case "auto" -> GpioPlatform.Choice.AUTO;
                        case "simulated" -> GpioPlatform.Choice.SIMULATED;
                        case "pi" -> GpioPlatform.Choice.RASPBERRY_PI;
                        default -> fail("--hardware takes auto, simulated or pi");
                    };
                default ->
                    fail("unknown option " + args[i]
                            + "; use --config kiosk.json [--data DIR] [--port N] [--listen ADDRESS] [--hardware auto|simulated|pi]"
                            + " [--sync-interval-ms N] [--answer-cooldown-ms N]");
            }
        }
        KioskConfig config;
        try {
            config = KioskConfig.read(configFile);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Path data = dataDir != null ? dataDir : configFile.toAbsolutePath().getParent();
        KioskNode kiosk = KioskNode.builder(config)
                .dataDir(data)
                .port(port)
                .host(listen)
                .gpio(gpio)
                .syncInterval(syncInterval)
                .answerCooldown(answerCooldown)
                .build()
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kiosk.stop();
                            stopped.countDown();
                        },
                        "kiosk-shutdown"));
        System.out.println("kiosk ready on " + kiosk.url());
        stopped.await();
    }

    private static <T> T fail(String message) {
        System.err.println("buurtstem kiosk: " + message);
        System.exit(2);
        return null;
    }

    private static String value(String[] args, int i) {
        return i < args.length ? args[i] : fail(args[i - 1] + " needs a value");
    }
}
