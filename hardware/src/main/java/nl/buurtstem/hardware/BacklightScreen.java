package nl.buurtstem.hardware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A DSI touch display's backlight (the official Raspberry Pi displays): bl_power 0 = on, 4 = off, and
 * brightness for dimming. Switching the backlight saves power and screen life without stopping the kiosk page.
 */
final class BacklightScreen implements Screen {

    private final Path device;
    private final int full;

    private BacklightScreen(Path device, int full) {
        this.device = device;
        this.full = full;
    }

    static Optional<Screen> find(Path backlights) {
        if (!Files.isDirectory(backlights)) {
            return Optional.empty();
        }
        try (Stream<Path> devices = Files.list(backlights)) {
            return devices.filter(d -> Files.isWritable(d.resolve("bl_power")))
                    .sorted()
                    .findFirst()
                    .map(d -> new BacklightScreen(d, readInt(d.resolve("max_brightness"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void show(ScreenState state) {
        write("bl_power", state == ScreenState.OFF ? "4" : "0");
        if (state != ScreenState.OFF) {
            write("brightness", Integer.toString(state == ScreenState.DIMMED ? Math.max(1, full / 5) : full));
        }
    }

    private void write(String file, String value) {
        try {
            Files.writeString(device.resolve(file), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the screen through " + device.resolve(file), e);
        }
    }

    private static int readInt(Path file) {
        try {
            return Integer.parseInt(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return 255;
        }
    }
}
