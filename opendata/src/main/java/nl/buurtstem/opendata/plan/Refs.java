package nl.buurtstem.opendata.plan;

import java.util.regex.Pattern;

/** References become part of URIs (/id/plan/{ref}): lower-case words joined by hyphens, like the demo's. */
public final class Refs {

    private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    private Refs() {}

    public static void require(String ref, String field) {
        if (ref == null || !REF.matcher(ref).matches()) {
            throw new IllegalArgumentException(
                    field + " must be 2-80 lower-case letters, digits and hyphens, e.g. nieuwe-speeltuin");
        }
    }
}
