package nl.buurtstem.opendata.lod;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of a code list that staff choose from and residents read (an idea's status, how far a proposal is), kept by
 * an enum and published as a skos:Concept of its {@link Begrippenkader}.
 */
public interface Begrip {

    /** The enum constant's name; its code is derived from it. */
    String name();

    /** The word staff and residents read, e.g. "In uitvoering". */
    String woord();

    /** What it means for the resident, in B1. */
    String uitleg();

    /** In URIs, forms and the database: IN_UITVOERING is "in-uitvoering". */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value of {@code soort} with this code, if there is one. */
    static <B extends Enum<B> & Begrip> Optional<B> vanCode(Class<B> soort, String code) {
        return Arrays.stream(soort.getEnumConstants())
                .filter(b -> b.code().equals(code))
                .findFirst();
    }
}
