package nl.buurtstem.opendata.wijk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The CBS Wijk- en Buurtkaart shipped with Buurtstem (generalised outlines; source and licence in
 * resources/wijkkaart/SOURCE.md), so staff can take a wijk's outline without finding and converting CBS's file
 * themselves. Only for a wijk whose code is from the same year's map: CBS reuses codes after a redivision.
 */
final class CbsWijkkaart {

    static final int JAAR = 2025;

    /** The shipped file with this wijk's gemeente, if Buurtstem ships one for it and the wijk's code is of its year. */
    Optional<byte[]> voor(Wijk wijk) {
        if (wijk.jaar() != JAAR || wijk.gemeente() == null) {
            return Optional.empty();
        }
        String naam = "/wijkkaart/cbs-wijken-" + JAAR + "-" + wijk.gemeente().toUpperCase(Locale.ROOT) + ".geojson";
        try (InputStream in = CbsWijkkaart.class.getResourceAsStream(naam)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped wijk map " + naam + " is unreadable", e);
        }
    }
}
