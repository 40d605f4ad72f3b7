package nl.buurtstem.provisioning.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtstem.hardware.HardwareConfig;
import nl.buurtstem.hardware.HardwareConfigException;

/**
 * The "hardware" part of kiosk.json for a kiosk wired differently from the wiring guide (docs/hardware/wiring.md),
 * e.g. {@code {"pins": {"antwoordknoppen": [17, 27, 22], "lampRood": 13}}}. Checked here with the kiosk's own rules,
 * so a wrong pin shows up at the enrolling desk instead of as a kiosk that will not start in the buurthuis.
 */
final class HardwareFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HardwareFile() {}

    @SuppressWarnings("unchecked")
    static ObjectNode read(Path file) {
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--hardware: cannot read " + file + " as JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(
                    "--hardware: " + file + " must hold a JSON object like {\"pins\": {...}}");
        }
        try {
            HardwareConfig.from(JSON.convertValue(json, Map.class));
        } catch (HardwareConfigException e) {
            throw new IllegalArgumentException("--hardware " + file + ": " + e.getMessage());
        }
        return (ObjectNode) json;
    }
}
