package nl.buurtstem.kiosk.taal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A resident who picks a language never meets a missing text: every bundle has every key the screens use. */
class SchermtekstenZijnInElkeTaalCompleetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // t("key") and t(`prefix.${...}`) calls in the screens' scripts, and data-t="key" in the page.
    private static final Pattern USED = Pattern.compile("\\bt\\(\"([\\w.]+)\"|data-t=\"([\\w.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr", "ar", "pl", "uk"})
    void every_dutch_text_exists_in_the_language_and_nothing_else(String taal) throws IOException {
        Set<String> nl = keys("nl");
        Set<String> other = keys(taal);
        Set<String> missing = new TreeSet<>(nl);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(nl);
        assertEquals(Set.of(), missing, taal + " lacks these texts");
        assertEquals(Set.of(), extra, taal + " has texts Dutch does not have");
        for (String key : nl) {
            assertTrue(!bundle(taal).path(key).asText().isBlank(), taal + " has an empty text for " + key);
            assertEquals(
                    placeholders(bundle("nl").path(key).asText()),
                    placeholders(bundle(taal).path(key).asText()),
                    taal + " must keep the placeholders of " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl"})
    void every_text_the_screens_ask_for_exists(String taal) throws IOException {
        Set<String> used = new TreeSet<>();
        Path ui = Path.of("src/main/resources/kiosk-ui");
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        used.removeAll(keys(taal));
        assertEquals(Set.of(), used, "texts used by the screens but missing from " + taal + ".json");
    }

    private static Set<String> placeholders(String text) {
        Set<String> result = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static Set<String> keys(String taal) throws IOException {
        Set<String> result = new TreeSet<>();
        bundle(taal).fieldNames().forEachRemaining(result::add);
        return result;
    }

    private static JsonNode bundle(String taal) throws IOException {
        try (InputStream in =
                SchermtekstenZijnInElkeTaalCompleetTest.class.getResourceAsStream("/kiosk-ui/taal/" + taal + ".json")) {
            return JSON.readTree(in);
        }
    }
}
