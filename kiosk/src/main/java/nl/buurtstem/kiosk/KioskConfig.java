package nl.buurtstem.kiosk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtstem.hardware.HardwareConfig;
import nl.buurtstem.hardware.HardwareConfigException;

/**
 * The kiosk's configuration file (kiosk.json), written by {@code buurtstem enroll}.
 *
 * @param centralUrl      where the municipality's central node is
 * @param naam            how staff call this kiosk
 * @param wijk            CBS wijkcode of the buurthuis
 * @param enrollmentToken one-time token, exchanged for the kiosk's own secret at first contact
 * @param hardware        buttons, lamps, sensor and screen (see nl.buurtstem.hardware.HardwareConfig); null for defaults
 * @param hostPin         PIN of the host mode (hardware check); null: a random one is kept in the data folder's host-pin file
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KioskConfig(
        String centralUrl,
        String naam,
        String wijk,
        String enrollmentToken,
        Map<String, Object> hardware,
        String hostPin) {

    public KioskConfig(String centralUrl, String naam, String wijk, String enrollmentToken) {
        this(centralUrl, naam, wijk, enrollmentToken, null, null);
    }

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
            HardwareConfig.from(config.hardware());
            return config;
        } catch (HardwareConfigException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid kiosk configuration: " + e.getMessage(), e);
        }
    }
}
