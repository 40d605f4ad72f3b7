package nl.buurtstem.opstartkaart;

import java.util.List;

/**
 * The kiosk's screen: which kind, and how it is turned in its case.
 *
 * @param type     {@code touch7} (Raspberry Pi Touch Display, 7"), {@code touch2} (Touch Display 2) or {@code hdmi}
 * @param rotation clockwise degrees: 0, 90, 180 or 270
 */
public record Screen(String type, int rotation) {

    public static final List<String> TYPES = List.of("touch7", "touch2", "hdmi");

    public Screen {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(
                    "the screen (--screen) must be one of " + String.join(", ", TYPES) + ", got " + type);
        }
        if (rotation % 90 != 0 || rotation < 0 || rotation > 270) {
            throw new IllegalArgumentException("the rotation (--rotation) must be 0, 90, 180 or 270, got " + rotation);
        }
    }

    public static Screen defaults() {
        return new Screen("touch7", 0);
    }
}
