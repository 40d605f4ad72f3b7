package nl.buurtstem.kiosk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kiosk's configuration file (kiosk.json), written by {@code buurtstem enroll}.
 *
 * @param centralUrl      where the municipality's central node is
 * @param naam            how staff call this kiosk
 * @param wijk            CBS wijkcode of the buurthuis
 * @param enrollmentToken one-time token, exchanged for the kiosk's own secret at first contact
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KioskConfig(String centralUrl, String naam, String wijk, String enrollmentToken) {

    public static KioskConfig read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("no kiosk configuration at " + file
                    + "; create one with: ./buurtstem enroll --central URL --name NAME --wijk CODE --out DIR");
        }
        try {
            KioskConfig config = new ObjectMapper().readValue(file.toFile(), KioskConfig.class);
            if (config.centralUrl() == null || config.centralUrl().isBlank()) {
                throw new IllegalArgumentException(file + ": centralUrl is missing");
            }
            return config;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid kiosk configuration: " + e.getMessage(), e);
        }
    }
}
