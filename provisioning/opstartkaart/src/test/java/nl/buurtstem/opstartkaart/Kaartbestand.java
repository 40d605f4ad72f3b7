package nl.buurtstem.opstartkaart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One file of the card's payload on disk, for tests in other modules, where the payload sits inside a jar. */
public final class Kaartbestand {

    private Kaartbestand() {}

    /** Copies the payload's {@code file} (e.g. {@code lib/buurtstem-update}) to {@code target}. */
    public static Path kopieer(String file, Path target) throws IOException {
        try (InputStream in = Opstartkaart.class.getResourceAsStream("/boot/payload/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the card's payload");
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** The payload's {@code file} as text. */
    public static String lees(String file) throws IOException {
        try (InputStream in = Opstartkaart.class.getResourceAsStream("/boot/payload/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the card's payload");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
