package nl.buurtstem.opendata.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** References become part of URIs (/id/plan/{ref}): lower-case words joined by hyphens, like the demo's. */
public final class Refs {

    private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    private Refs() {}

    /** A new reference from a title: lower-case words joined by hyphens, without accents; {@code anders} if none. */
    public static String slug(String titel, String anders) {
        String s = Normalizer.normalize(titel == null ? "" : titel, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 50) {
            s = s.substring(0, 50).replaceAll("-[^-]*$", "");
        }
        return s.length() < 2 ? anders : s;
    }

    public static void require(String ref, String field) {
        if (ref == null || !REF.matcher(ref).matches()) {
            throw new IllegalArgumentException(
                    field + " must be 2-80 lower-case letters, digits and hyphens, e.g. nieuwe-speeltuin");
        }
    }
}
