package nl.buurtstem.opendata.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kiosk table's openingstijden column: the checked hours per weekday as JSON; NULL is always open. */
final class OpeningstijdenKolom {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpeningstijdenKolom() {}

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
