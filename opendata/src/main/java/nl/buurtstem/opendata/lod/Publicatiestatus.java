package nl.buurtstem.opendata.lod;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a piece of content is in its life: staff draft it, publish it, and may withdraw it later. */
public enum Publicatiestatus {
    /** Only staff see it; nothing is published. */
    CONCEPT,
    /** Public: on the kiosks, in the pages, in the open data. */
    GEPUBLICEERD,
    /** Taken back: its URI keeps a page saying so (410), with what it was and when, not its text. */
    INGETROKKEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Publicatiestatus fromCode(String code) {
        for (Publicatiestatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be concept, gepubliceerd or ingetrokken, got " + code);
    }

    /** Looks up the status of one item; items never given a status are published (seeded and synced content). */
    @FunctionalInterface
    public interface Lookup {
        Publicatiestatus of(String soort, String ref);

        /** The last published version (JSON) of every withdrawn item of this kind, by reference. */
        default Map<String, String> withdrawnJson(String soort) {
            return Map.of();
        }

        /** When the item was withdrawn, if it was. */
        default Optional<Instant> withdrawnAt(String soort, String ref) {
            return Optional.empty();
        }
    }
}
