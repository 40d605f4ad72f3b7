package nl.buurtstem.provisioning.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pin map for a kiosk wired differently from the wiring guide, checked at enrollment rather than at the
 * buurthuis: {@code {"answerButtons": [17, 27, 22], "greenLamp": 5, "orangeLamp": 6, "redLamp": 13}} (BCM numbers).
 */
final class PinMapFile {

    private static final int MAX_BUTTONS = 5;

    private PinMapFile() {
    }

    static ObjectNode read(Path file) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--pin-map: cannot read " + file + " as JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject() || !json.path("answerButtons").isArray()) {
            throw new IllegalArgumentException("--pin-map: " + file + " needs answerButtons, greenLamp, orangeLamp and redLamp");
        }
        List<Integer> pins = new ArrayList<>();
        json.get("answerButtons").forEach(pin -> pins.add(pin(pin, "answerButtons")));
        if (pins.isEmpty() || pins.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("--pin-map: wire 1 to " + MAX_BUTTONS + " answer buttons, found " + pins.size());
        }
        ObjectNode map = new ObjectMapper().createObjectNode();
        pins.forEach(map.putArray("answerButtons")::add);
        for (String lamp : List.of("greenLamp", "orangeLamp", "redLamp")) {
            int pin = pin(json.path(lamp), lamp);
            pins.add(pin);
            map.put(lamp, pin);
        }
        Set<Integer> seen = new HashSet<>();
        for (int pin : pins) {
            if (!seen.add(pin)) {
                throw new IllegalArgumentException("--pin-map: GPIO " + pin + " is used twice");
            }
        }
        return map;
    }

    private static int pin(JsonNode node, String what) {
        // BCM 0-1 are the HAT EEPROM lines; 2-27 are on the 40-pin header of every Pi since the B+.
        if (!node.isInt() || node.asInt() < 2 || node.asInt() > 27) {
            throw new IllegalArgumentException("--pin-map: " + what + " must be BCM GPIO numbers 2-27, got " + node);
        }
        return node.asInt();
    }
}
