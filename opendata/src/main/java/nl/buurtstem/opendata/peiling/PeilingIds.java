package nl.buurtstem.opendata.peiling;

import java.text.Normalizer;
import java.util.Locale;

/** A new poll's reference, from its question: lower-case words joined by hyphens, as in its URI. */
final class PeilingIds {

    private PeilingIds() {}

    static String slug(String vraag) {
        String s = Normalizer.normalize(vraag == null ? "" : vraag, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 50) {
            s = s.substring(0, 50).replaceAll("-[^-]*$", "");
        }
        return s.length() < 2 ? "peiling" : s;
    }
}
