package nl.buurtstem.hardware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which board this is, from the device tree (present on a Raspberry Pi, absent on a laptop or CI). */
record Board(String model) {

    static Board detect(Path root) {
        Path file = root.resolve("proc/device-tree/model");
        try {
            if (Files.isReadable(file)) {
                return new Board(Files.readString(file).replace("\u0000", "").strip());
            }
        } catch (IOException e) {
            // unreadable: treat as not a Pi
        }
        return new Board("unknown board");
    }

    boolean isRaspberryPi() {
        return model.startsWith("Raspberry Pi");
    }
}
