package nl.buurtstem.opendata.wijkbudget;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a winning wijkbudget proposal is, in the words staff and residents read; published as the SKOS code list
 * "uitvoeringsstatus".
 */
public enum UitvoeringStatus {
    GEPLAND("Gepland", "De gemeente heeft het voorstel ingepland. Het werk is nog niet begonnen."),
    IN_UITVOERING("In uitvoering", "Er wordt aan het voorstel gewerkt."),
    KLAAR("Klaar", "Het voorstel is uitgevoerd.");

    private final String woord;
    private final String uitleg;

    UitvoeringStatus(String woord, String uitleg) {
        this.woord = woord;
        this.uitleg = uitleg;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String woord() {
        return woord;
    }

    /** What it means for the resident, in B1. */
    public String uitleg() {
        return uitleg;
    }

    public static Optional<UitvoeringStatus> vanCode(String code) {
        for (UitvoeringStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
