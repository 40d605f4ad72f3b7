package nl.buurtstem.opendata.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a buurthuis is open, per weekday: {@code {"maandag": ["09:00-12:00", "13:00-17:00"], "zaterdag": ["10:00-14:00"]}}.
 * A day left out is closed. The kiosk switches its screen off and ignores its buttons outside these hours;
 * a kiosk without opening hours is always open.
 */
public final class Openingstijden {

    public static final List<String> DAGEN =
            List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Openingstijden() {}

    /**
     * Checks opening hours as staff sent them and returns them in weekday order.
     *
     * @throws IllegalArgumentException naming the entry, e.g. "openingstijden.maandag[1]: ..."
     */
    public static Map<String, List<String>> check(Map<String, List<String>> perDag) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String key : perDag.keySet()) {
            if (!DAGEN.contains(key)) {
                throw new IllegalArgumentException("openingstijden." + key + ": not a weekday; use " + DAGEN);
            }
        }
        for (String dag : DAGEN) {
            List<String> blokken = perDag.get(dag);
            if (blokken == null) {
                continue;
            }
            for (int i = 0; i < blokken.size(); i++) {
                checkBlok("openingstijden." + dag + "[" + i + "]", blokken.get(i));
            }
            result.put(dag, List.copyOf(blokken));
        }
        return result;
    }

    private static void checkBlok(String entry, String blok) {
        String[] parts = blok == null ? new String[0] : blok.split("-");
        try {
            if (parts.length == 2) {
                LocalTime van = LocalTime.parse(parts[0].strip());
                String totText = parts[1].strip();
                if (totText.equals("24:00") || van.isBefore(LocalTime.parse(totText))) {
                    return;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                entry + ": \"" + blok + "\" is not a time span like \"09:00-17:00\" (from before to)");
    }

    static String toJson(Map<String, List<String>> perDag) {
        try {
            return perDag == null ? null : JSON.writeValueAsString(perDag);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, List<String>> fromJson(String text) {
        try {
            return text == null
                    ? null
                    : JSON.readValue(text, new TypeReference<LinkedHashMap<String, List<String>>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored opening hours are not JSON", e);
        }
    }
}
