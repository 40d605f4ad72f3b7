package nl.buurtstem.kiosk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * @param fotoHosts       host names initiatives' photos may come from besides the central node's own; null for none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KioskConfig(
        String centralUrl,
        String naam,
        String wijk,
        String enrollmentToken,
        Map<String, Object> hardware,
        String hostPin,
        List<String> fotoHosts) {

    public KioskConfig(String centralUrl, String naam, String wijk, String enrollmentToken) {
        this(centralUrl, naam, wijk, enrollmentToken, null, null);
    }

    public KioskConfig(
            String centralUrl,
            String naam,
            String wijk,
            String enrollmentToken,
            Map<String, Object> hardware,
            String hostPin) {
        this(centralUrl, naam, wijk, enrollmentToken, hardware, hostPin, null);
    }

    /** The hosts photos may be fetched from: the central node's and the configured ones, in lower case. */
    public Set<String> fotoHostsMetCentrale() {
        Set<String> hosts = new HashSet<>();
        String central = URI.create(centralUrl).getHost();
        if (central != null) {
            hosts.add(central.toLowerCase(Locale.ROOT));
        }
        if (fotoHosts != null) {
            fotoHosts.stream()
                    .filter(h -> h != null && !h.isBlank())
                    .forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(hosts);
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
