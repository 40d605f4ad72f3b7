package nl.buurtstem.kiosk.voorlezen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which texts the kiosk will speak: only words that are on its screens, from its screen texts (kiosk-ui/taal) and the
 * content it synced, with numbers and the calendar's names in between (dates and amounts are formatted on the page).
 * Anyone else's text is refused, so read-aloud cannot be made to say, or store, whatever a caller sends.
 */
final class Spreekbaar {

    private static final Pattern WOORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final List<String> TALEN = List.of("nl", "en", "tr", "ar", "pl", "uk");
    // What the page's date formatting (Intl) puts between day, month and time.
    private static final List<String> VERBINDINGEN = List.of("om", "at", "saat", "o", "о", "في", "الساعة", "r", "р");

    private final Supplier<JsonNode> content;
    private final Set<String> vast = new HashSet<>();
    private JsonNode gelezen;
    private Set<String> woorden = Set.of();

    Spreekbaar(Supplier<JsonNode> content, ObjectMapper json) {
        this.content = content;
        for (String taal : TALEN) {
            try (InputStream bundel = Spreekbaar.class.getResourceAsStream("/kiosk-ui/taal/" + taal + ".json")) {
                if (bundel != null) {
                    voegToe(json.readTree(bundel), vast);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Locale locale = Locale.forLanguageTag(taal);
            for (TextStyle style : TextStyle.values()) {
                for (Month m : Month.values()) {
                    voegToe(m.getDisplayName(style, locale), vast);
                }
                for (DayOfWeek d : DayOfWeek.values()) {
                    voegToe(d.getDisplayName(style, locale), vast);
                }
            }
        }
        VERBINDINGEN.forEach(v -> voegToe(v, vast));
    }

    /** Whether every word of {@code tekst} is on one of the kiosk's screens. */
    synchronized boolean opHetScherm(String tekst) {
        JsonNode nu = content.get();
        if (nu != gelezen) {
            Set<String> nieuw = new HashSet<>(vast);
            voegToe(nu, nieuw);
            woorden = nieuw;
            gelezen = nu;
        }
        Matcher m = WOORD.matcher(tekst);
        while (m.find()) {
            if (!woorden.contains(m.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void voegToe(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            voegToe(node.asText(), into);
        }
        node.forEach(child -> voegToe(child, into));
    }

    private static void voegToe(String tekst, Set<String> into) {
        Matcher m = WOORD.matcher(tekst);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
